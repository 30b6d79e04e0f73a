import Foundation

/// A token bucket: `rate` tokens per second up to `burst`, starting full. A plain value,
/// driven by the time passed in.
struct TokenBucket: Sendable, Hashable {
    let rate: Double
    let burst: Double
    private(set) var tokens: Double
    /// When it was last refilled, on the emulator's clock (time since it started).
    private var updated: Duration?

    init(_ limit: EmulatorQuotas.Limit) {
        rate = limit.rate
        burst = limit.burst
        tokens = limit.burst
    }

    /// Adds the tokens earned since the last call.
    mutating func refill(now: Duration) {
        if let updated {
            let elapsed = (now - updated) / .seconds(1)
            if elapsed > 0 { tokens = min(burst, tokens + elapsed * rate) }
        }
        updated = now
    }

    /// Seconds until a whole token is available (0 if one is).
    var wait: Double {
        tokens >= 1 ? 0 : (1 - tokens) / rate
    }

    mutating func take() {
        tokens -= 1
    }
}
