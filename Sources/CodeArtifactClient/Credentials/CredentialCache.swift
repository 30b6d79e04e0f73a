import CodeArtifactModel
import Foundation
import Logging

/// The credentials in use: resolved through the chain once, then refreshed ahead of expiry by
/// the provider that gave them, exactly once however many callers ask at the same time (one
/// in-flight refresh task that all of them await).
actor CredentialCache {
    private let providers: [any CredentialProvider]
    private let dates: DateSource
    private let refreshWindow: TimeInterval
    private let logger: Logger
    private var resolved: (any CredentialProvider)?
    private var cached: AWSCredentials?
    private var refreshAt: Date?
    private var inflight: Task<AWSCredentials, any Error>?
    /// How many times a provider was asked (for tests).
    private(set) var loadCount = 0

    init(providers: [any CredentialProvider], dates: DateSource, refreshWindow: Duration, logger: Logger) {
        self.providers = providers
        self.dates = dates
        self.refreshWindow =
            Double(refreshWindow.components.seconds) + Double(refreshWindow.components.attoseconds) / 1e18
        self.logger = logger
    }

    /// Valid credentials, refreshed first when they expire within the refresh window.
    func current() async throws -> AWSCredentials {
        if let cached, let refreshAt, dates.now() < refreshAt { return cached }
        if let cached, refreshAt == nil { return cached }
        return try await load(fallback: cached)
    }

    /// Credentials other than `rejected`, which the service called expired: refreshes unless
    /// another caller already did.
    func refresh(rejecting rejected: AWSCredentials) async throws -> AWSCredentials {
        if let cached, cached != rejected { return cached }
        cached = nil
        refreshAt = nil
        return try await load(fallback: nil)
    }

    private func load(fallback: AWSCredentials?) async throws -> AWSCredentials {
        let task: Task<AWSCredentials, any Error>
        if let inflight {
            task = inflight
        } else {
            task = Task { try await self.fetch() }
            inflight = task
        }
        do {
            let credentials = try await task.value
            if inflight == task {
                inflight = nil
                store(credentials)
            }
            return cached ?? credentials
        } catch {
            if inflight == task { inflight = nil }
            // A refresh ahead of expiry that fails leaves the old credentials in use while they last.
            if let fallback, let expiration = fallback.expiration, dates.now() < expiration {
                logger.warning(
                    "refreshing credentials failed; using the current ones until they expire",
                    metadata: ["error": .string("\(error)")])
                return fallback
            }
            throw error
        }
    }

    private func store(_ credentials: AWSCredentials) {
        cached = credentials
        guard let expiration = credentials.expiration else {
            refreshAt = nil
            return
        }
        let now = dates.now()
        let early = expiration.addingTimeInterval(-refreshWindow)
        // Credentials shorter-lived than the window are refreshed halfway through their life.
        refreshAt = early > now ? early : now.addingTimeInterval(max(0, expiration.timeIntervalSince(now)) / 2)
    }

    private func fetch() async throws -> AWSCredentials {
        loadCount += 1
        if let resolved {
            switch try await resolved.load() {
            case .found(let credentials): return credentials
            case .notApplicable(let reason):
                throw CredentialsError.providerFailed(resolved.name, "no longer available: \(reason)")
            }
        }
        var tried: [(source: String, reason: String)] = []
        for provider in providers {
            switch try await provider.load() {
            case .found(let credentials):
                resolved = provider
                logger.debug("using credentials", metadata: ["credentials": .string(credentials.description)])
                return credentials
            case .notApplicable(let reason):
                tried.append((provider.name, reason))
            }
        }
        throw CredentialsError.missing(tried)
    }
}
