/// An HTTP request as the transport sends it: the URL already percent-encoded.
public struct TransportRequest: Sendable {
    /// `GET`, `POST`, `PUT`.
    public var method: String
    /// The full URL, e.g. `https://codeartifact.us-east-1.amazonaws.com/v1/packages?domain=acme`.
    public var url: String
    /// Headers in order; `Content-Length` is added by the transport.
    public var headers: [(name: String, value: String)]
    /// The body, empty for none.
    public var body: [UInt8]

    /// Creates a request.
    public init(method: String, url: String, headers: [(name: String, value: String)], body: [UInt8] = []) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }
}
