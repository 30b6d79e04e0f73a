import CodeArtifactClient
import Foundation
import PruneManifest

/// Client-side pacing per operation and per read/write class, so a run goes at the
/// account's quota instead of bouncing off it.
///
/// Each bucket is a GCRA token bucket (burst of one second of its rate): a caller reserves
/// the earliest instant every bucket it belongs to allows, in call order (fair), then sleeps
/// outside the actor until then. On a 429 the operation's rate is cut (×0.7, at most once a
/// second) and climbs back by 5 % of its budget per second without throttling: AIMD, so
/// the long-run rate sits just under the server's real limit.
public actor RateLimiter {
    struct Bucket {
        /// The budget (requests per second) and the rate in force after adaptation.
        let budget: Double
        var rate: Double
        /// Theoretical arrival time of the next request (GCRA).
        var tat: Double = -.infinity
        var lastCut: Double = -.infinity
        var lastRaise: Double = -.infinity

        init(budget: Double) {
            self.budget = budget
            rate = budget
        }

        var interval: Double { 1 / rate }
        /// One second of burst.
        var tolerance: Double { max(0, rate - 1) * interval }

        /// The epsilon absorbs float drift over many intervals.
        func earliest(after now: Double) -> Double { max(now, tat - tolerance - 1e-9) }

        mutating func commit(_ instant: Double) { tat = max(tat, instant) + interval }
    }

    private let clock: any RunClock
    private var operations: [CodeArtifactOperation: Bucket]
    private var reads: Bucket
    private var writes: Bucket
    /// Counts for the report.
    private(set) var throttles = 0

    /// Budgets from resolved settings (requests per second).
    public init(settings: Settings, clock: any RunClock = SystemRunClock()) {
        self.clock = clock
        var operations: [CodeArtifactOperation: Bucket] = [:]
        for operation in CodeArtifactOperation.allCases {
            operations[operation] = Bucket(budget: settings.rateLimit(for: Self.key(operation)))
        }
        self.operations = operations
        reads = Bucket(budget: settings.rateLimit(for: .reads))
        writes = Bucket(budget: settings.rateLimit(for: .writes))
    }

    /// Waits for a slot for one request of `operation`.
    public func acquire(_ operation: CodeArtifactOperation) async throws {
        let instant = reserve(operation)
        try await clock.sleep(until: instant)
    }

    /// Reserves the next slot without waiting (the instant to start at); used by `acquire` and tests.
    public func reserve(_ operation: CodeArtifactOperation) -> Double {
        let now = clock.now()
        raise(operation, now: now)
        var bucket = operations[operation]!
        var shared = operation.isWrite ? writes : reads
        let instant = max(bucket.earliest(after: now), shared.earliest(after: now))
        bucket.commit(instant)
        shared.commit(instant)
        operations[operation] = bucket
        if operation.isWrite { writes = shared } else { reads = shared }
        return instant
    }

    /// The server said 429: slow this operation down (and honour `retryAfter` for the next slot).
    public func throttled(_ operation: CodeArtifactOperation, retryAfter: Double?) {
        let now = clock.now()
        throttles += 1
        var bucket = operations[operation]!
        if now - bucket.lastCut >= 1 {
            bucket.rate = max(bucket.budget * 0.05, bucket.rate * 0.7)
            bucket.lastCut = now
            bucket.lastRaise = now
        }
        operations[operation] = bucket
        _ = retryAfter  // the client delays the throttled request itself; other requests go on at the lower rate
    }

    /// The manifest's name for an operation's budget (the API's operation names).
    static func key(_ operation: CodeArtifactOperation) -> RateLimitKey {
        RateLimitKey(rawValue: operation.rawValue) ?? .reads
    }

    /// The rate currently in force for `operation`.
    public func currentRate(_ operation: CodeArtifactOperation) -> Double { operations[operation]!.rate }

    /// Additive increase: 5 % of the budget per second since the last change.
    private func raise(_ operation: CodeArtifactOperation, now: Double) {
        var bucket = operations[operation]!
        guard bucket.rate < bucket.budget else { return }
        let seconds = now - bucket.lastRaise
        guard seconds >= 1 else { return }
        bucket.rate = min(bucket.budget, bucket.rate + bucket.budget * 0.05 * seconds.rounded(.down))
        bucket.lastRaise = now
        operations[operation] = bucket
    }
}
