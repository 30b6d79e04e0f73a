import CodeArtifactModel

/// One operation's request before signing: the query (decoded) and the JSON body, if any.
struct OperationCall: Sendable {
    var operation: CodeArtifactOperation
    var query: [(name: String, value: String)]
    /// `nil` for the calls without a body (sent with `Content-Length: 0` or none for GET).
    var body: [UInt8]?
    /// What the call is about, for error messages.
    var resource: String
}
