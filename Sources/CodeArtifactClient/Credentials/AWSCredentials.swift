import Foundation
import SigV4

/// Credentials with their expiry and where they came from. `description` shows neither the
/// secret, the token, nor the whole access key id.
public struct AWSCredentials: Sendable, Hashable, CustomStringConvertible {
    /// The access key id.
    public var accessKeyId: String
    /// The secret access key.
    public var secretAccessKey: String
    /// The session token of temporary credentials.
    public var sessionToken: String?
    /// When they expire; `nil` for long-term keys.
    public var expiration: Date?
    /// Where they came from, e.g. `environment`, `profile 'ci' (role_arn)`.
    public var source: String

    /// Creates credentials.
    public init(
        accessKeyId: String, secretAccessKey: String, sessionToken: String? = nil, expiration: Date? = nil,
        source: String
    ) {
        self.accessKeyId = accessKeyId
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
        self.expiration = expiration
        self.source = source
    }

    /// The signer's view.
    var signing: SigV4Credentials {
        SigV4Credentials(accessKeyId: accessKeyId, secretAccessKey: secretAccessKey, sessionToken: sessionToken)
    }

    /// The access key id masked but for its last four characters.
    public var maskedAccessKeyId: String {
        accessKeyId.count > 4 ? String(repeating: "*", count: 12) + accessKeyId.suffix(4) : "****"
    }

    /// Source, masked key id, whether a token is present, expiry; never secrets.
    public var description: String {
        var text = "AWSCredentials(source: \(source), accessKeyId: \(maskedAccessKeyId)"
        text += sessionToken == nil ? ", no session token" : ", session token <redacted>"
        if let expiration { text += ", expires \(Int(expiration.timeIntervalSince1970)) (epoch seconds)" }
        return text + ")"
    }
}
