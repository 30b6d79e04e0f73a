import Foundation
import Synchronization

/// A server's quota as the emulator and AWS keep it: a token bucket of `rate` per second that
/// starts full with one second of rate; a request without a whole token gets a 429 with
/// `Retry-After` = the whole seconds until one is free (at least 1).
final class SimulatedQuotaServer: Sendable {
    private struct Bucket {
        var tokens: Double
        var updated: Double
    }

    let rate: Double
    private let bucket: Mutex<Bucket>

    init(rate: Double) {
        self.rate = rate
        bucket = Mutex(Bucket(tokens: max(1, rate), updated: 0))
    }

    /// `nil` if a request arriving at `now` is admitted, else its `Retry-After` in seconds.
    func admit(at now: Double) -> Int? {
        let burst = max(1, rate)
        return bucket.withLock { bucket in
            bucket.tokens = min(burst, bucket.tokens + max(0, now - bucket.updated) * rate)
            bucket.updated = max(bucket.updated, now)
            guard bucket.tokens >= 1 else { return max(1, Int(((1 - bucket.tokens) / rate).rounded(.up))) }
            bucket.tokens -= 1
            return nil
        }
    }
}
