/// `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN` (and the optional
/// `AWS_CREDENTIAL_EXPIRATION`).
struct EnvironmentCredentialProvider: CredentialProvider {
    let context: CredentialContext

    var name: String { "environment" }

    func load() async throws -> CredentialLookup {
        let environment = context.environment
        guard let keyId = environment["AWS_ACCESS_KEY_ID"] else {
            return .notApplicable("AWS_ACCESS_KEY_ID is not set")
        }
        guard let secret = environment["AWS_SECRET_ACCESS_KEY"] else {
            return .notApplicable("AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not")
        }
        let token = environment["AWS_SESSION_TOKEN"] ?? environment["AWS_SECURITY_TOKEN"]
        context.redactor.register(secret, token)
        return .found(
            AWSCredentials(
                accessKeyId: keyId, secretAccessKey: secret, sessionToken: token,
                expiration: environment["AWS_CREDENTIAL_EXPIRATION"].flatMap(ISO8601Timestamp.parse),
                source: name))
    }
}
