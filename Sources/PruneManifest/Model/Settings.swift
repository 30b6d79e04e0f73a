import Foundation

/// `settings`: run-wide limits and guards.
public struct Settings: Sendable, Hashable {
    /// Most requests in flight at once.
    public var concurrency: Int
    /// Client-side budgets the manifest sets, requests per second; others take `RateLimitKey.defaultRate`.
    public var rateLimits: [RateLimitKey: Double]
    /// Refuse the run if it would delete or dispose more versions than this.
    public var maxDeletions: Int
    /// A fixed "now" for age rules; nil means the time the run starts.
    public var now: Date?
    /// USD per GB-month (decimal GB, as AWS bills) for the preview's "≈ $X/month".
    public var storagePrice: Double

    /// Default in-flight requests.
    public static let defaultConcurrency = 32
    /// Default deletion guard.
    public static let defaultMaxDeletions = 10_000
    /// Default storage price: CodeArtifact's USD per GB-month.
    public static let defaultStoragePrice = 0.05
    /// Largest `concurrency` accepted.
    public static let maximumConcurrency = 1_024

    /// Creates settings; every argument defaults as `docs/spec/manifest.md` says.
    public init(
        concurrency: Int = Settings.defaultConcurrency, rateLimits: [RateLimitKey: Double] = [:],
        maxDeletions: Int = Settings.defaultMaxDeletions, now: Date? = nil,
        storagePrice: Double = Settings.defaultStoragePrice
    ) {
        self.concurrency = concurrency
        self.rateLimits = rateLimits
        self.maxDeletions = maxDeletions
        self.now = now
        self.storagePrice = storagePrice
    }

    /// The budget for `key`: the manifest's value, else AWS's default quota. The write
    /// operations have no quota of their own (only the `writes` class does), so unless the
    /// manifest limits one of them it gets the whole `writes` budget.
    public func rateLimit(for key: RateLimitKey) -> Double {
        if let explicit = rateLimits[key] { return explicit }
        if case .operation(let operation) = key, operation.isWrite { return rateLimit(for: .writes) }
        return key.defaultRate
    }
}
