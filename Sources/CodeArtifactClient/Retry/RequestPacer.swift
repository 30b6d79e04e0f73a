import CodeArtifactModel

/// The engine's hook for pacing requests (its adaptive rate limiter).
///
/// The client awaits ``acquire(_:)`` before every attempt, retries included, and reports each
/// attempt's outcome to ``didReceive(_:outcome:)``, so the limiter can slow an operation down
/// on throttling and speed it up again.
public protocol RequestPacer: Sendable {
    /// Waits until an attempt of `operation` may be sent. Throwing (e.g. `CancellationError`)
    /// ends the call with that error.
    func acquire(_ operation: CodeArtifactOperation) async throws
    /// Reports how an attempt of `operation` ended. Called once per attempt, after ``acquire(_:)``.
    func didReceive(_ operation: CodeArtifactOperation, outcome: RequestOutcome)
}
