/// One operation's pace: its budget from the settings is a ceiling, not a target. On a 429
/// the rate drops just below what the server was proven to allow, then climbs back slowly.
///
/// The estimate of the server's real rate: a 429 means the server's bucket is empty at that
/// moment, so between two 429s at least a second apart the server admitted exactly what it
/// refilled, its rate times the time between (less whatever a full bucket could not hold:
/// a lower bound). Before the second such 429, the first second of the operation's use is
/// counted as the server's burst (one second of its rate, as AWS's and the emulator's buckets
/// start). Every answer but a 429 spent a token (the emulator and AWS admit before failing).
///
/// Until the server has shown it takes the budget (``provingTime`` of use without a 429) the
/// operation goes at its budget with no burst: the burst is what overshoots a lower real
/// quota before the first 429 can come back (a round trip's worth of requests at twice the
/// rate, all of them throttled), and the server's bucket, still full while the budget holds,
/// lets the burst be spent just as well afterwards.
///
/// After a cut the rate is 95 % of the estimate and climbs by 0.5 % of the estimate per
/// second: the server's bucket banks what the dip leaves unused (a quarter of a second of
/// its rate at most, far below its one-second burst) and the climb spends it back, so the
/// long-run rate is the real quota and a throttle comes once every ~20 s, not every few.
struct AdaptivePace: Sendable {
    /// The settings' budget (requests per second): the ceiling.
    let budget: Double
    var bucket: PaceBucket
    /// Bumped when booked slots become too dense (a cut or a floor): holders book again.
    private(set) var epoch = 0
    /// The rate right after the last cut, when it was cut and how fast it climbs since.
    private var base: Double
    private var since = -Double.infinity
    private var slope = 0.0
    private var lastCut = -Double.infinity
    /// When the operation was first booked (its server bucket presumably full then).
    private var start: Double?
    /// Answers that spent a server token, and the count at recent 429s (the newest at least a
    /// second old first).
    private var admitted = 0
    private var marks: [(time: Double, admitted: Int)] = []

    /// The share of the estimate a cut goes down to.
    static let keep = 0.95
    /// Climb per second after a cut, as a share of the estimate.
    static let climb = 0.005
    /// A cut smaller than this share is the same throttling episode (answers to requests sent
    /// before the cut), not news.
    static let hysteresis = 0.98
    /// When the estimate does not explain a 429 (the quota dropped, or the server's burst is
    /// not one second): a plain multiplicative cut, at most once a second.
    static let fallbackCut = 0.8
    /// Fewest answers an estimate is made from.
    static let minimumSample = 8
    /// Use without a 429 after which the bucket's burst may be spent.
    static let provingTime = 2.0

    init(budget: Double) {
        self.budget = budget
        base = budget
        bucket = PaceBucket(rate: budget)
    }

    /// The rate in force at `now`.
    func rate(at now: Double) -> Double {
        min(budget, base + slope * max(0, now - since))
    }

    /// The earliest slot at or after `now`, with the bucket's rate brought up to date.
    mutating func earliest(after now: Double) -> Double {
        let start = self.start ?? now
        self.start = start
        bucket.rate = rate(at: now)
        let proven = lastCut == -.infinity && now - start >= Self.provingTime
        bucket.burstPace = proven ? 2 : 1
        return bucket.earliest(after: now)
    }

    /// An answer that spent a server token.
    mutating func admit() { admitted += 1 }

    /// A 429 at `now`; `retryAfter` in seconds.
    mutating func throttled(at now: Double, retryAfter: Double?) {
        let current = rate(at: now)
        let estimate = estimateQuota(at: now)
        marks.append((now, admitted))
        while marks.count > 1, now - marks[1].time >= 1 { marks.removeFirst() }
        var target = estimate.map { min(current, Self.keep * $0) } ?? current
        var quota = estimate ?? current
        if target >= current * Self.hysteresis {
            // Not explained by the estimate: either the tail of the last cut's episode (wait
            // a second) or the estimate is wrong or missing.
            guard now - lastCut >= 1 else {
                holdUntil(now: now, retryAfter: retryAfter)
                return
            }
            target = current * Self.fallbackCut
            quota = target / Self.keep
        }
        base = max(min(budget, 0.5), budget * 0.01, target)
        since = now
        slope = Self.climb * quota
        lastCut = now
        bucket.rate = base
        bucket.drain(at: now, notBefore: now + Self.floor(retryAfter))
        epoch += 1
    }

    /// Without a cut, `Retry-After` still floors the next slot if it asks for more than one
    /// interval.
    private mutating func holdUntil(now: Double, retryAfter: Double?) {
        let floor = now + Self.floor(retryAfter)
        guard floor > bucket.earliest(after: now) else { return }
        bucket.drain(at: now, notBefore: floor)
        epoch += 1
    }

    /// `Retry-After` is whole seconds rounded up (at least 1), so the server's own wait is more
    /// than `Retry-After` less one second: the operation's next slot waits that long. The
    /// throttled request itself waits the whole `Retry-After` in the client; other requests
    /// are not held for all of it (the lowered pace does the rest).
    static func floor(_ retryAfter: Double?) -> Double {
        max(0, (retryAfter ?? 0) - 1)
    }

    /// A lower bound on the server's rate, from the answers since the newest 429 at least a
    /// second old (or since the start, with one second of burst); `nil` on fewer than
    /// ``minimumSample`` answers, too few to tell a low quota from a busy shared one.
    private func estimateQuota(at now: Double) -> Double? {
        let window: (count: Int, seconds: Double)
        if let mark = marks.first, now - mark.time >= 1 {
            window = (admitted - mark.admitted, now - mark.time)
        } else {
            window = (admitted, now - (start ?? now) + 1)
        }
        return window.count >= Self.minimumSample ? Double(window.count) / window.seconds : nil
    }
}
