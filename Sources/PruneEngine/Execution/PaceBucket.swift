/// One GCRA token bucket of the rate limiter: a burst of one second of its rate, spent at
/// no more than ``burstPace`` times the rate.
///
/// Spreading the burst matters when the server's real quota is lower than the rate: an
/// instant burst puts every concurrent caller's request in flight before the first 429 can
/// come back, and each of them is throttled too; at twice the rate only the request or two
/// sent within one round trip of the server's bucket running dry are. A phase still gets the
/// whole burst's head start (two seconds' worth of requests in its first second).
struct PaceBucket: Sendable {
    /// Requests per second.
    var rate: Double
    /// Theoretical arrival time of the next request (GCRA).
    private(set) var tat = -Double.infinity
    /// The latest instant handed out, for the burst's spacing.
    private(set) var last = -Double.infinity

    /// How much faster than the rate a burst may go: 1 holds the bucket to its rate (no burst).
    var burstPace = 2.0

    init(rate: Double) {
        self.rate = rate
    }

    var interval: Double { 1 / rate }
    /// One second of burst.
    var tolerance: Double { max(0, rate - 1) * interval }

    /// The earliest instant at or after `now` this bucket allows. The epsilon absorbs float
    /// drift over many intervals.
    func earliest(after now: Double) -> Double {
        max(now, tat - tolerance - 1e-9, last + interval / burstPace - 1e-9)
    }

    /// Books `instant`.
    mutating func commit(_ instant: Double) {
        tat = max(tat, instant) + interval
        last = max(last, instant)
    }

    /// The server's bucket is empty at `now` (it just answered 429): no burst credit left, the
    /// next slot one interval later and not before `floor`. Slots booked before are dropped:
    /// their holders book again (see `RateLimiter.acquire`).
    mutating func drain(at now: Double, notBefore floor: Double) {
        tat = max(now + interval, floor) + tolerance
        last = -.infinity
    }
}
