/// How failed attempts are retried (the defaults are prune's, from the AWS notes).
public struct RetryPolicy: Sendable, Hashable {
    /// Attempts in all when the latest failure was throttling.
    public var maxThrottledAttempts: Int
    /// Attempts in all when the latest failure was a 5xx, a dropped connection or a timeout.
    public var maxAttempts: Int
    /// The first retry waits up to this (full jitter), doubling each time.
    public var baseDelay: Duration
    /// The cap on the backoff (a `Retry-After` can ask for more).
    public var maxDelay: Duration
    /// The token bucket per operation and region.
    public var budgetCapacity: Int
    /// Tokens one retry costs; refunded when the call succeeds.
    public var retryCost: Int

    /// Creates a policy; the defaults are 8 attempts for throttling, 5 for other retryable
    /// failures, full jitter from 100 ms capped at 20 s, a budget of 500 tokens at 5 per retry.
    public init(
        maxThrottledAttempts: Int = 8, maxAttempts: Int = 5, baseDelay: Duration = .milliseconds(100),
        maxDelay: Duration = .seconds(20), budgetCapacity: Int = 500, retryCost: Int = 5
    ) {
        self.maxThrottledAttempts = maxThrottledAttempts
        self.maxAttempts = maxAttempts
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.budgetCapacity = budgetCapacity
        self.retryCost = retryCost
    }

    /// The ceiling of the backoff before retry number `retry` (1 for the first retry):
    /// `min(baseDelay * 2^(retry-1), maxDelay)`.
    public func backoffCeiling(retry: Int) -> Duration {
        let exponent = min(max(retry - 1, 0), 40)
        let base = Double(baseDelay.components.seconds) + Double(baseDelay.components.attoseconds) / 1e18
        let cap = Double(maxDelay.components.seconds) + Double(maxDelay.components.attoseconds) / 1e18
        return .nanoseconds(Int64(min(base * Double(1 << exponent), cap) * 1e9))
    }

    /// Full jitter: `unit` (in `0..<1`) times the ceiling.
    public func backoff(retry: Int, unit: Double) -> Duration {
        let ceiling = backoffCeiling(retry: retry)
        let nanos = Double(ceiling.components.seconds) * 1e9 + Double(ceiling.components.attoseconds) / 1e9
        return .nanoseconds(Int64(nanos * min(max(unit, 0), 1)))
    }
}
