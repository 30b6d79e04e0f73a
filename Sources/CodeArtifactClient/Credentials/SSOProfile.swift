/// An IAM Identity Center (SSO) profile, read as botocore's `SSOProvider` reads it: legacy
/// (`sso_start_url`, `sso_region`, `sso_account_id`, `sso_role_name` in the profile) or with
/// `sso_session = NAME`, whose `[sso-session NAME]` section gives the start URL and region.
struct SSOProfile: Sendable, Equatable {
    /// The profile holding the `sso_*` keys (the one `aws sso login --profile` signs in).
    var profileName: String
    var startURL: String
    var region: String
    var accountId: String
    var roleName: String
    /// `sso_session`; `nil` for a legacy profile.
    var sessionName: String?

    /// The keys every SSO profile needs, in botocore's order (its error lists them so).
    static let requiredKeys = ["sso_role_name", "sso_account_id", "sso_start_url", "sso_region"]

    /// What names the token cache file: the session name, or the start URL of a legacy profile.
    var tokenCacheKey: String { sessionName ?? startURL }

    /// The SSO settings of `profile`, `nil` when it names neither `sso_account_id` nor
    /// `sso_role_name` (botocore's test for an SSO credential profile). Throws naming every
    /// missing key, a missing `[sso-session]` section, or a value the profile and the session
    /// disagree on.
    static func resolve(profile: String, keys: [String: String], shared: SharedConfiguration) throws -> SSOProfile? {
        guard keys["sso_account_id"] != nil || keys["sso_role_name"] != nil else { return nil }
        var resolved = keys.filter { !$0.value.isEmpty }
        let sessionName = keys["sso_session"].flatMap { $0.isEmpty ? nil : $0 }
        if let sessionName {
            guard let session = shared.ssoSession(sessionName) else {
                throw CredentialsError.invalidSSOConfiguration(
                    profile: profile,
                    "its sso_session '\(sessionName)' has no [sso-session \(sessionName)] section in \(shared.configPath)"
                )
            }
            for (key, value) in session.sorted(by: { $0.key < $1.key }) {
                if let own = resolved[key], own != value {
                    throw CredentialsError.invalidSSOConfiguration(
                        profile: profile,
                        "\(key) differs between the profile (\(own)) and [sso-session \(sessionName)] (\(value))")
                }
                resolved[key] = value
            }
            // The token comes from the session alone (botocore's SSOTokenProvider).
            let missing = ["sso_start_url", "sso_region"].filter { session[$0]?.isEmpty ?? true }
            if !missing.isEmpty {
                throw CredentialsError.invalidSSOConfiguration(
                    profile: profile,
                    "[sso-session \(sessionName)] in \(shared.configPath) is missing \(missing.joined(separator: ", "))"
                )
            }
        }
        let missing = requiredKeys.filter { resolved[$0] == nil }
        guard missing.isEmpty else {
            throw CredentialsError.invalidSSOConfiguration(
                profile: profile, "is missing \(missing.joined(separator: ", ")) (in \(shared.configPath))")
        }
        return SSOProfile(
            profileName: profile, startURL: resolved["sso_start_url"] ?? "", region: resolved["sso_region"] ?? "",
            accountId: resolved["sso_account_id"] ?? "", roleName: resolved["sso_role_name"] ?? "",
            sessionName: sessionName)
    }
}
