import CodeArtifactClient
import CodeArtifactModel
import PruneEngine

/// The client asks the limiter of the request's region before every attempt and tells it what
/// came back, so a 429 slows the operation down for every task in that region, not only the
/// one that got it.
public struct RateLimiterPacer: RequestPacer {
    let limiters: RegionalRateLimiters

    /// Paces with `limiters`, one per region.
    public init(_ limiters: RegionalRateLimiters) {
        self.limiters = limiters
    }

    public func acquire(_ operation: CodeArtifactOperation, region: String) async throws {
        try await limiters.limiter(region: region).acquire(operation)
    }

    /// Synchronous: the feedback is in force before the caller's next attempt is booked (the
    /// client calls this before it sleeps or returns, never from a detached task).
    public func didReceive(_ operation: CodeArtifactOperation, region: String, outcome: RequestOutcome) {
        let limiter = limiters.limiter(region: region)
        switch outcome {
        case .throttled(let retryAfter):
            let seconds = retryAfter.map { Double($0.components.seconds) + Double($0.components.attoseconds) * 1e-18 }
            limiter.throttled(operation, retryAfter: seconds)
        case .success, .serverError, .clientError, .transportError:
            // Each of these most likely reached the server and spent a token there.
            limiter.admitted(operation)
        }
    }
}
