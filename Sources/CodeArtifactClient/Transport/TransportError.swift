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
    /// What the lower layer said, for debug logs (NIO's and AsyncHTTPClient's own words).
    public let detail: String
    /// What happened and what to do, in prune's words ("the connection was refused; ...").
    public let summary: String

    private init(code: Code, outcomeUnknown: Bool, detail: String) {
        self.code = code
        self.outcomeUnknown = outcomeUnknown
        self.detail = detail
        self.summary = TransportFailureWords.summary(of: detail, isTimeout: code == .timeout)
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

    /// The plain summary; the lower layer's words stay in ``detail`` (they are debug text).
    public var description: String { summary }
}
