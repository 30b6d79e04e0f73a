import Foundation

/// The JSON shapes that credential processes, containers and instance metadata answer with:
/// `AccessKeyId`, `SecretAccessKey`, `Token` or `SessionToken`, `Expiration` (RFC 3339).
struct CredentialJSON: Decodable {
    var version: Int?
    var code: String?
    var message: String?
    /// Container endpoints spell their error fields in lowercase.
    var lowercaseCode: String?
    var lowercaseMessage: String?
    var accessKeyId: String?
    var secretAccessKey: String?
    var token: String?
    var sessionToken: String?
    var expiration: String?

    private enum CodingKeys: String, CodingKey {
        case version = "Version"
        case code = "Code"
        case message = "Message"
        case lowercaseCode = "code"
        case lowercaseMessage = "message"
        case accessKeyId = "AccessKeyId"
        case secretAccessKey = "SecretAccessKey"
        case token = "Token"
        case sessionToken = "SessionToken"
        case expiration = "Expiration"
    }

    /// Decodes `bytes`, or `nil` when they are not a JSON object of this shape.
    static func decode(_ bytes: [UInt8]) -> CredentialJSON? {
        try? JSONDecoder().decode(CredentialJSON.self, from: Data(bytes))
    }

    /// `code: message` of an error answer, in either spelling.
    var errorSummary: String {
        [code ?? lowercaseCode, message ?? lowercaseMessage].compactMap { $0 }.joined(separator: ": ")
    }

    /// The credentials, registering the secrets with `redactor`; throws naming `source` when
    /// keys are missing or the expiration cannot be read.
    func credentials(source: String, redactor: SecretRedactor) throws -> AWSCredentials {
        guard let accessKeyId, !accessKeyId.isEmpty, let secretAccessKey, !secretAccessKey.isEmpty else {
            throw CredentialsError.providerFailed(source, "the answer has no AccessKeyId and SecretAccessKey")
        }
        let token = sessionToken ?? token
        redactor.register(secretAccessKey, token)
        var date: Date?
        if let expiration {
            guard let parsed = ISO8601Timestamp.parse(expiration) else {
                throw CredentialsError.providerFailed(source, "Expiration '\(expiration)' is not an RFC 3339 time")
            }
            date = parsed
        }
        return AWSCredentials(
            accessKeyId: accessKeyId, secretAccessKey: secretAccessKey, sessionToken: token, expiration: date,
            source: source)
    }
}
