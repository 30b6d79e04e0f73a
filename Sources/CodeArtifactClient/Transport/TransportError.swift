/// A failure below HTTP: no answer came back.
public struct TransportError: Error, Sendable, CustomStringConvertible {
    private enum Code: Sendable {
        case connection
        case timeout
    }

    private let code: Code
    /// Whether the request may have reached the server (it was sent, or may have been) before
    /// the failure. A connection that was never established is a known outcome: nothing happened.
    public let outcomeUnknown: Bool
    /// What the lower layer said, for people.
    public let detail: String

    private init(code: Code, outcomeUnknown: Bool, detail: String) {
        self.code = code
        self.outcomeUnknown = outcomeUnknown
        self.detail = detail
    }

    /// The connection failed or was dropped.
    public static func connection(_ detail: String, outcomeUnknown: Bool) -> TransportError {
        TransportError(code: .connection, outcomeUnknown: outcomeUnknown, detail: detail)
    }

    /// No complete answer within the time allowed.
    public static func timeout(_ detail: String, outcomeUnknown: Bool = true) -> TransportError {
        TransportError(code: .timeout, outcomeUnknown: outcomeUnknown, detail: detail)
    }

    /// True for a timeout, false for a connection failure.
    public var isTimeout: Bool { code == .timeout }

    /// `connection error: <detail>` or `timeout: <detail>`.
    public var description: String {
        (isTimeout ? "timeout: " : "connection error: ") + detail
    }
}
