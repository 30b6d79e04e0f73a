/// `AWS_WEB_IDENTITY_TOKEN_FILE` + `AWS_ROLE_ARN` (+ `AWS_ROLE_SESSION_NAME`): STS
/// AssumeRoleWithWebIdentity. GitHub Actions OIDC and EKS (IRSA). The token file is read anew
/// on every refresh, since the platform rotates it.
struct WebIdentityCredentialProvider: CredentialProvider {
    let context: CredentialContext
    /// The token file, role and session name; from the environment unless a profile gives them.
    var tokenFile: String?
    var roleArn: String?
    var sessionName: String?
    var name: String

    /// The provider configured by the environment.
    init(context: CredentialContext) {
        self.context = context
        self.tokenFile = context.environment["AWS_WEB_IDENTITY_TOKEN_FILE"]
        self.roleArn = context.environment["AWS_ROLE_ARN"]
        self.sessionName = context.environment["AWS_ROLE_SESSION_NAME"]
        self.name = "web identity"
    }

    /// A provider configured by a profile's `web_identity_token_file` and `role_arn`.
    init(context: CredentialContext, tokenFile: String, roleArn: String, sessionName: String?, name: String) {
        self.context = context
        self.tokenFile = tokenFile
        self.roleArn = roleArn
        self.sessionName = sessionName
        self.name = name
    }

    func load() async throws -> CredentialLookup {
        guard let tokenFile else { return .notApplicable("AWS_WEB_IDENTITY_TOKEN_FILE is not set") }
        guard let roleArn else {
            return .notApplicable("AWS_WEB_IDENTITY_TOKEN_FILE is set but AWS_ROLE_ARN is not")
        }
        let path = context.environment.expandingHome(tokenFile)
        let contents: String?
        do {
            contents = try context.environment.files.readFile(atPath: path)
        } catch {
            throw CredentialsError.unreadableFile(path, "\(error)")
        }
        guard let token = contents?.trimmingWhitespace(), !token.isEmpty else {
            throw CredentialsError.providerFailed(name, "the web identity token file \(path) is missing or empty")
        }
        context.redactor.register(token)
        let credentials = try await STSClient(context: context).assumeRoleWithWebIdentity(
            roleArn: roleArn, sessionName: sessionName ?? STSClient.defaultSessionName(context.dates), token: token,
            source: name)
        return .found(credentials)
    }
}
