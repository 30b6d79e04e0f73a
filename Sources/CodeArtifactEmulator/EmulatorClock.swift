import Foundation

/// Where the emulator reads the time: signature dates, credential expiry and the quota
/// buckets. Tests inject a manual one.
public struct EmulatorClock: Sendable {
    /// The current time.
    public let now: @Sendable () -> Date

    /// A clock reading `now`.
    public init(now: @escaping @Sendable () -> Date) {
        self.now = now
    }

    /// The system clock.
    public static let system = EmulatorClock { Date() }
}
