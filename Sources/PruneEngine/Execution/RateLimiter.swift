import CodeArtifactModel
import Foundation
import PruneManifest
import Synchronization

/// Client-side pacing per operation and per read/write class for one account and region (see
/// ``RegionalRateLimiters``), so a run goes at the account's real quota instead of bouncing
/// off it, even when that quota is lower than the settings say.
///
/// Each bucket is a GCRA token bucket (burst of one second of its rate, spent at no more than
/// twice the rate): a caller books the earliest instant every bucket it belongs to allows, in
/// call order (fair), then sleeps until then. The class budgets are fixed; an operation's
/// budget is a ceiling: on a 429 its rate drops to just under the rate the server was proven
/// to allow and climbs back slowly (``AdaptivePace``). Feedback is synchronous (a lock, not an
/// actor hop), so it is in force for the very next booking, and a cut makes callers already
/// asleep on a booked slot book again at the new pace when they wake.
public final class RateLimiter: Sendable {
    private let stopwatch: Stopwatch
    private let state: Mutex<RateLimiterState>

    /// Budgets from resolved settings (requests per second), paced on `clock`.
    public init(settings: Settings, clock: any Clock<Duration> = ContinuousClock()) {
        stopwatch = Stopwatch(clock)
        state = Mutex(RateLimiterState(settings: settings))
    }

    /// Seconds since the limiter was made: the GCRA arithmetic is in `Double` seconds.
    private var seconds: Double { stopwatch.elapsed / .seconds(1) }

    /// Waits for a slot for one request of `operation`; throws on cancellation.
    public func acquire(_ operation: CodeArtifactOperation) async throws {
        let now = seconds
        var slot = state.withLock { $0.book(operation, now: now) }
        while true {
            try await stopwatch.sleep(untilElapsed: .seconds(slot.instant))
            let woke = seconds
            guard let next = state.withLock({ $0.confirm(operation, slot, now: woke) }) else { return }
            slot = next
        }
    }

    /// Books the next slot without waiting (the instant to start at, in seconds since the
    /// limiter was made); for tests.
    func reserve(_ operation: CodeArtifactOperation) -> Double {
        let now = seconds
        return state.withLock { $0.book(operation, now: now) }.instant
    }

    /// An answer other than a 429: the server spent a token on it.
    public func admitted(_ operation: CodeArtifactOperation) {
        state.withLock { $0.admit(operation) }
    }

    /// The server said 429: slow this operation down to under its real rate, in force for the
    /// very next booking. `retryAfter` (seconds, as the server sent it) is a floor for the
    /// operation's next slot: since the header is whole seconds rounded up, the slot waits
    /// `retryAfter` less one second (``AdaptivePace/floor(_:)``); the throttled request itself
    /// waits the whole `retryAfter` in the client before it asks for a slot again.
    public func throttled(_ operation: CodeArtifactOperation, retryAfter: Double?) {
        let now = seconds
        state.withLock { $0.throttled(operation, retryAfter: retryAfter, now: now) }
    }

    /// The rate currently in force for `operation`.
    public func currentRate(_ operation: CodeArtifactOperation) -> Double {
        let now = seconds
        return state.withLock { $0.rate(operation, now: now) }
    }
}
