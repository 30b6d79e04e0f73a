import Foundation

/// Where wall-clock dates come from: age rules' `now`, plan and report times, request
/// signatures, credential expiry. Injected, like the `Clock` that paces and sleeps, so tests
/// read a date that follows their test clock; ``system`` is the one place that reads the
/// real one. Here because the engine, the client and the emulator all need it and all
/// already share this vocabulary.
public struct DateSource: Sendable {
    /// The current date.
    public let now: @Sendable () -> Date

    /// A source that reads `now`.
    public init(now: @escaping @Sendable () -> Date) {
        self.now = now
    }

    /// The system's wall clock.
    public static let system = DateSource { Date() }
}
