import PruneManifest
import Synchronization

/// One ``RateLimiter`` per region, made on first use with the same settings: CodeArtifact's
/// quotas are per account and region, and a run uses one account (one credential chain), so a
/// region's budget is never spent by calls to another region and a 429 in one region slows
/// only that region down.
public final class RegionalRateLimiters: Sendable {
    private let settings: Settings
    private let clock: any Clock<Duration>
    private let limiters = Mutex<[String: RateLimiter]>([:])

    /// Budgets from resolved settings (requests per second), for each region alike, paced on `clock`.
    public init(settings: Settings, clock: any Clock<Duration> = ContinuousClock()) {
        self.settings = settings
        self.clock = clock
    }

    /// The limiter of `region`.
    public func limiter(region: String) -> RateLimiter {
        limiters.withLock { limiters in
            if let limiter = limiters[region] { return limiter }
            let limiter = RateLimiter(settings: settings, clock: clock)
            limiters[region] = limiter
            return limiter
        }
    }
}
