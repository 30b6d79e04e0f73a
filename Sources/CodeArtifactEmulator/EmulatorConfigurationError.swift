/// A configuration text (quotas, faults, credentials, `--generate`) that cannot be parsed.
public struct EmulatorConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    private enum Code: Sendable, Hashable {
        case quotas, faults, credentials, generator
    }

    private let code: Code
    /// What is wrong, for people.
    public let message: String

    private init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    static func quotas(_ message: String) -> Self { Self(.quotas, message) }
    static func faults(_ message: String) -> Self { Self(.faults, message) }
    static func credentials(_ message: String) -> Self { Self(.credentials, message) }
    static func generator(_ message: String) -> Self { Self(.generator, message) }

    /// The message.
    public var description: String { message }
}
