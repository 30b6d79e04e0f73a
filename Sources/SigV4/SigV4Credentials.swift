/// An access key pair, optionally with a session token. `description` never shows the secret.
public struct SigV4Credentials: Sendable, Hashable, CustomStringConvertible {
    /// The access key id (not secret, but logged only at trace level).
    public var accessKeyId: String
    /// The secret key; never printed.
    public var secretAccessKey: String
    /// A session token from STS, if any; never printed.
    public var sessionToken: String?

    /// Creates credentials.
    public init(accessKeyId: String, secretAccessKey: String, sessionToken: String? = nil) {
        self.accessKeyId = accessKeyId
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
    }

    /// The key id and whether a token is present; secrets redacted.
    public var description: String {
        "SigV4Credentials(accessKeyId: \(accessKeyId), secretAccessKey: <redacted>, sessionToken: \(sessionToken == nil ? "none" : "<redacted>"))"
    }
}
