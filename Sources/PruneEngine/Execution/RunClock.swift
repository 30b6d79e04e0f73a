import Foundation

/// Monotonic time in seconds and sleeping until a deadline: injected so the rate limiter,
/// the runner and their tests never depend on real time.
public protocol RunClock: Sendable {
    /// Seconds on a monotonic scale (only differences matter).
    func now() -> Double
    /// Suspends until `deadline` (on the same scale); throws on cancellation.
    func sleep(until deadline: Double) async throws
}

/// The real clock: `ContinuousClock`.
public struct SystemRunClock: RunClock {
    private let origin = ContinuousClock.now

    /// Creates the system clock.
    public init() {}

    public func now() -> Double {
        let elapsed = ContinuousClock.now - origin
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }

    public func sleep(until deadline: Double) async throws {
        let delay = deadline - now()
        if delay > 0 { try await Task.sleep(for: .nanoseconds(Int64(delay * 1e9))) }
    }
}
