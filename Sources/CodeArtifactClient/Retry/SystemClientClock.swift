import Foundation

/// The real clock: `Date()` and `Task.sleep`.
public struct SystemClientClock: ClientClock {
    /// Creates the clock.
    public init() {}

    /// `Date()`.
    public func now() -> Date { Date() }

    /// `Task.sleep(for:)`, which throws `CancellationError` on cancellation.
    public func sleep(for duration: Duration) async throws {
        try await Task.sleep(for: duration)
    }
}
