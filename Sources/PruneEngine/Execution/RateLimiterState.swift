import CodeArtifactModel
import PruneManifest

/// The rate limiter's buckets, behind its lock: one adaptive pace per operation and one
/// fixed bucket per class (`reads`, `writes`).
struct RateLimiterState: Sendable {
    /// A booked slot: when to start, and the operation's epoch it was booked in.
    struct Slot: Sendable {
        var instant: Double
        var epoch: Int
    }

    private let settings: Settings
    private var operations: [CodeArtifactOperation: AdaptivePace] = [:]
    private var reads: PaceBucket
    private var writes: PaceBucket

    init(settings: Settings) {
        self.settings = settings
        reads = PaceBucket(rate: settings.rateLimit(for: .reads))
        writes = PaceBucket(rate: settings.rateLimit(for: .writes))
    }

    /// Books the earliest slot both the operation's pace and its class allow.
    mutating func book(_ operation: CodeArtifactOperation, now: Double) -> Slot {
        var pace = take(operation)
        defer { operations[operation] = pace }
        let instant = max(
            pace.earliest(after: now), operation.isWrite ? writes.earliest(after: now) : reads.earliest(after: now))
        pace.bucket.commit(instant)
        if operation.isWrite { writes.commit(instant) } else { reads.commit(instant) }
        return Slot(instant: instant, epoch: pace.epoch)
    }

    /// `nil` if `slot` still stands at `now`; else a new one from the operation's pace alone
    /// (the request keeps the class slot it booked first, so the class budget is not spent twice).
    mutating func confirm(_ operation: CodeArtifactOperation, _ slot: Slot, now: Double) -> Slot? {
        var pace = take(operation)
        defer { operations[operation] = pace }
        guard pace.epoch != slot.epoch else { return nil }
        let instant = pace.earliest(after: now)
        pace.bucket.commit(instant)
        return Slot(instant: instant, epoch: pace.epoch)
    }

    mutating func admit(_ operation: CodeArtifactOperation) {
        var pace = take(operation)
        pace.admit()
        operations[operation] = pace
    }

    mutating func throttled(_ operation: CodeArtifactOperation, retryAfter: Double?, now: Double) {
        var pace = take(operation)
        pace.throttled(at: now, retryAfter: retryAfter)
        operations[operation] = pace
    }

    func rate(_ operation: CodeArtifactOperation, now: Double) -> Double {
        pace(operation).rate(at: now)
    }

    /// The operation's pace, at its budget until first used.
    private func pace(_ operation: CodeArtifactOperation) -> AdaptivePace {
        operations[operation]
            ?? AdaptivePace(budget: settings.rateLimit(for: RateLimitKey(operation)))
    }

    /// Moves the pace out (so it is not copied on write while it changes); put it back after.
    private mutating func take(_ operation: CodeArtifactOperation) -> AdaptivePace {
        operations.removeValue(forKey: operation) ?? pace(operation)
    }
}
