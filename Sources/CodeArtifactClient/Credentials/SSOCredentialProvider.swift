import Foundation
import Logging

/// An IAM Identity Center (SSO) profile's role credentials, as botocore gets them: the access
/// token `aws sso login` cached (refreshed through SSO-OIDC first for an `sso-session` profile
/// when it expires within 15 minutes and a valid registration allows it, and written back for
/// the AWS CLI), exchanged at the SSO portal. The token file is read anew on every refresh.
struct SSOCredentialProvider: CredentialProvider {
    let context: CredentialContext
    let profile: SSOProfile
    /// The portal's and SSO-OIDC's endpoints.
    let portal: ServiceEndpoint
    let oidc: ServiceEndpoint
    let name: String

    /// botocore's `SSOTokenProvider._REFRESH_WINDOW`.
    static let tokenRefreshWindow: TimeInterval = 15 * 60

    func load() async throws -> CredentialLookup {
        let cache = SSOTokenCache(environment: context.environment)
        var token = try cache.load(profile.tokenCacheKey, profile: profile.profileName)
        context.redactor.register(token.accessToken, token.refreshToken, token.clientSecret)
        var refreshFailure: String?
        let now = context.dates.now()
        // Legacy profiles have no refresh: their token lasts until `aws sso login` runs again.
        if profile.sessionName != nil, token.expiresAt.timeIntervalSince(now) < Self.tokenRefreshWindow {
            if let grant = token.refreshGrant(at: now) {
                var refreshedToken: SSOToken?
                do {
                    refreshedToken = try await refreshed(token, grant)
                } catch let error as CredentialsError {
                    // botocore goes on with the cached token when a refresh fails.
                    refreshFailure = error.description
                    context.logger.warning(
                        "refreshing the SSO token failed",
                        metadata: ["profile": .string(profile.profileName), "error": .string(error.description)])
                }
                if let refreshedToken {
                    token = refreshedToken
                    // As botocore: a token that cannot be written back is an error, since the
                    // AWS CLI would go on with a refresh token the service may have rotated.
                    try cache.save(
                        token, key: profile.tokenCacheKey, startURL: profile.startURL, region: profile.region)
                    context.logger.info("refreshed the SSO token", metadata: ["profile": .string(profile.profileName)])
                }
            }
        }
        guard token.expiresAt > context.dates.now() else {
            throw CredentialsError.ssoSessionExpired(profile: profile.profileName, refreshFailure: refreshFailure)
        }
        let credentials = try await SSOPortalClient(context: context, endpoint: portal).roleCredentials(
            profile: profile, accessToken: token.accessToken, source: name)
        return .found(credentials)
    }

    /// The token after `CreateToken`, keeping the registration (botocore's `_attempt_create_token`).
    private func refreshed(
        _ token: SSOToken, _ grant: (refreshToken: String, clientId: String, clientSecret: String)
    ) async throws -> SSOToken {
        let answer = try await SSOOIDCClient(context: context, endpoint: oidc).refresh(
            clientId: grant.clientId, clientSecret: grant.clientSecret, refreshToken: grant.refreshToken,
            source: "SSO-OIDC for profile \(profile.profileName)")
        return SSOToken(
            accessToken: answer.accessToken,
            expiresAt: context.dates.now().addingTimeInterval(TimeInterval(answer.expiresIn)),
            refreshToken: answer.refreshToken, clientId: grant.clientId, clientSecret: grant.clientSecret,
            registrationExpiresAt: token.registrationExpiresAt)
    }
}
