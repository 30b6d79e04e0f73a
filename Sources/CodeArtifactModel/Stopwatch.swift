/// An injected standard library `Clock` read as the time since a start: what the rate
/// limiter books slots by, the emulator's quota buckets refill by and the progress line's
/// rate is measured by.
///
/// One type because the start must be one of the clock's own instants, which a value typed
/// `any Clock<Duration>` cannot hold: the generic initializer captures it once, here.
public struct Stopwatch: Sendable {
    private let read: @Sendable () -> Duration
    private let wait: @Sendable (Duration) async throws -> Void

    /// Starts now on `clock`.
    public init<C: Clock>(_ clock: C) where C.Duration == Duration {
        let start = clock.now
        read = { start.duration(to: clock.now) }
        wait = { elapsed in try await clock.sleep(until: start.advanced(by: elapsed), tolerance: nil) }
    }

    /// The time since the start.
    public var elapsed: Duration { read() }

    /// Suspends until `elapsed` has passed since the start; throws on cancellation. Always
    /// asks the clock, even when that time has already come: a simulated clock schedules its
    /// tasks at every sleep, and a due instant costs the real clock one executor hop.
    public func sleep(untilElapsed elapsed: Duration) async throws {
        try await wait(elapsed)
    }
}
