/// A standard library `Clock` read as seconds since the rate limiter was made: the limiter's
/// GCRA arithmetic stays in `Double` seconds, and its clock is whatever was injected
/// (`ContinuousClock` in production, the test clock in tests).
struct Timeline: Sendable {
    /// Seconds since the start.
    let now: @Sendable () -> Double
    /// Suspends until `deadline` (seconds since the start); throws on cancellation.
    let sleep: @Sendable (_ deadline: Double) async throws -> Void

    init<C: Clock>(_ clock: C) where C.Duration == Duration {
        let start = clock.now
        now = { start.duration(to: clock.now) / .seconds(1) }
        // Always asks the clock, even for a slot that is due: a simulated clock schedules its
        // tasks at every sleep, and a due instant costs the real clock one executor hop.
        sleep = { deadline in try await clock.sleep(until: start.advanced(by: .seconds(deadline)), tolerance: nil) }
    }
}
