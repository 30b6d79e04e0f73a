import CodeArtifactClient

/// The client asks the limiter before every attempt and tells it what came back, so a
/// 429 slows the operation down for every task, not only the one that got it.
public struct RateLimiterPacer: RequestPacer {
    let limiter: RateLimiter

    /// Paces with `limiter`.
    public init(_ limiter: RateLimiter) {
        self.limiter = limiter
    }

    public func acquire(_ operation: CodeArtifactOperation) async throws {
        try await limiter.acquire(operation)
    }

    public func didReceive(_ operation: CodeArtifactOperation, outcome: RequestOutcome) {
        guard case .throttled(let retryAfter) = outcome else { return }
        let seconds = retryAfter.map { Double($0.components.seconds) + Double($0.components.attoseconds) * 1e-18 }
        let limiter = self.limiter
        Task { await limiter.throttled(operation, retryAfter: seconds) }
    }
}
