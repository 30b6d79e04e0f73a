import CodeArtifactModel

/// The engine's hook for pacing requests (its adaptive rate limiter).
///
/// The client awaits ``acquire(_:region:)`` before every attempt, retries included, and reports
/// each attempt's outcome to ``didReceive(_:region:outcome:)``, so the limiter can slow an
/// operation down on throttling and speed it up again. The region is the one the request is
/// signed for: quotas are per account and region, so a pacer keeps one budget per region.
public protocol RequestPacer: Sendable {
    /// Waits until an attempt of `operation` in `region` may be sent. Throwing (e.g.
    /// `CancellationError`) ends the call with that error.
    func acquire(_ operation: CodeArtifactOperation, region: String) async throws
    /// Reports how an attempt of `operation` in `region` ended. Called once per attempt, after
    /// ``acquire(_:region:)``, before the caller's next attempt is paced.
    func didReceive(_ operation: CodeArtifactOperation, region: String, outcome: RequestOutcome)
}
