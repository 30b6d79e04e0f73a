/// A signature with the intermediate texts (for tests and trace logs) and the headers to send.
public struct SigV4Signature: Sendable {
    /// The canonical request, as AWS documents it.
    public var canonicalRequest: String
    /// The string to sign.
    public var stringToSign: String
    /// The hex signature.
    public var signature: String
    /// The `Authorization` header value.
    public var authorization: String
    /// Headers to add to the request: `X-Amz-Date`, maybe `X-Amz-Security-Token` and
    /// `X-Amz-Content-Sha256`, and `Authorization`.
    public var headers: [(name: String, value: String)]
}
