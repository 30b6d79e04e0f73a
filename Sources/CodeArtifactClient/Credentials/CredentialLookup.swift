/// What a provider found: credentials, or why it does not apply here.
enum CredentialLookup: Sendable {
    /// Credentials.
    case found(AWSCredentials)
    /// The source is not configured here (e.g. its variable is unset), and why.
    case notApplicable(String)
}
