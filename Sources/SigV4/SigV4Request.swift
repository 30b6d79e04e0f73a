/// What the signer needs of an HTTP request.
public struct SigV4Request: Sendable {
    /// `GET`, `POST`, ...
    public var method: String
    /// The path as sent on the wire (the signer URI-encodes it once more, as non-S3 services expect).
    public var path: String
    /// Query parameters, decoded, in any order.
    public var query: [(name: String, value: String)]
    /// Headers to sign, in order; repeated names are joined with commas. `Host` must be among them.
    public var headers: [(name: String, value: String)]
    /// The body (empty for none).
    public var body: [UInt8]

    /// Creates a request.
    public init(
        method: String, path: String, query: [(name: String, value: String)] = [],
        headers: [(name: String, value: String)], body: [UInt8] = []
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }
}
