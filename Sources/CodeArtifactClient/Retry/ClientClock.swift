import Foundation

/// Time as the client sees it: the wall clock for signing and credential expiry, and sleeping
/// for backoff. Injected, so tests use a manual clock and never really sleep.
public protocol ClientClock: Sendable {
    /// The current time.
    func now() -> Date
    /// Waits `duration`; throws `CancellationError` when the task is cancelled meanwhile.
    func sleep(for duration: Duration) async throws
}
