/// Credentials could not be had: none found, or a source that applies failed.
public struct CredentialsError: Error, Sendable, CustomStringConvertible {
    private enum Code: Sendable {
        case missing
        case providerFailed
        case unreadableFile
        case ssoSignInNeeded
        case invalidSSOConfiguration
    }

    private let code: Code
    /// What went wrong and what to do; never holds secrets.
    public let description: String
    /// For missing credentials: each source tried, in order, with why it did not apply.
    public let sourcesTried: [(source: String, reason: String)]

    private init(_ code: Code, _ description: String, sourcesTried: [(source: String, reason: String)] = []) {
        self.code = code
        self.description = description
        self.sourcesTried = sourcesTried
    }

    /// No source applied.
    static func missing(_ tried: [(source: String, reason: String)]) -> CredentialsError {
        var text = "no AWS credentials found. Sources tried, in order:"
        for (index, entry) in tried.enumerated() {
            text += "\n  \(index + 1). \(entry.source): \(entry.reason)"
        }
        text +=
            "\nSet AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, pass --profile NAME with keys, role_arn, "
            + "credential_process or IAM Identity Center (sso_*), or run where a role is provided "
            + "(GitHub Actions OIDC, EKS, ECS, CodeBuild, EC2)."
        return CredentialsError(.missing, text, sourcesTried: tried)
    }

    /// A source that applies failed (STS refused, a process failed, an answer was malformed).
    static func providerFailed(_ source: String, _ why: String) -> CredentialsError {
        CredentialsError(.providerFailed, "credentials from \(source) failed: \(why)")
    }

    /// A config, credentials or token file exists but cannot be read.
    static func unreadableFile(_ path: String, _ why: String) -> CredentialsError {
        CredentialsError(.unreadableFile, "cannot read \(path): \(why)")
    }

    /// An SSO profile's cached sign-in is expired and cannot be refreshed: checked before any
    /// request, so nothing is sent with a token the portal would refuse.
    static func ssoSessionExpired(profile: String, refreshFailure: String? = nil) -> CredentialsError {
        CredentialsError(
            .ssoSignInNeeded,
            "the SSO session for profile \(profile) has expired"
                + (refreshFailure.map { " (refreshing it through SSO-OIDC failed: \($0))" } ?? "")
                + "; run `aws sso login --profile \(profile)`")
    }

    /// An SSO profile without a cached sign-in (no token file, or one without a token).
    static func ssoNotSignedIn(profile: String, _ why: String) -> CredentialsError {
        CredentialsError(
            .ssoSignInNeeded,
            "profile \(profile) uses IAM Identity Center (SSO) but is not signed in (\(why)); "
                + "run `aws sso login --profile \(profile)`")
    }

    /// An SSO profile whose settings are incomplete or contradict each other.
    static func invalidSSOConfiguration(profile: String, _ why: String) -> CredentialsError {
        CredentialsError(
            .invalidSSOConfiguration, "profile '\(profile)' is configured for IAM Identity Center (SSO) but \(why)")
    }

    /// True when the SSO sign-in is missing or expired, and `aws sso login` is the fix.
    public var needsSSOLogin: Bool { code == .ssoSignInNeeded }

    /// True when no source applied (as opposed to a source that failed).
    public var isMissing: Bool { code == .missing }
}
