import CodeArtifactClient
import CodeArtifactModel
import PruneEngine

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

    /// Synchronous, so the feedback is in force before the next slot is booked.
    public func didReceive(_ operation: CodeArtifactOperation, outcome: RequestOutcome) {
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
