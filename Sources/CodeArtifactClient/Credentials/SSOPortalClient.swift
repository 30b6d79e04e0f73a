import Foundation
import SigV4

/// The SSO portal's `GetRoleCredentials` (`GET /federation/credentials`, REST-JSON, unsigned:
/// the access token in `x-amz-sso_bearer_token` is the proof).
struct SSOPortalClient: Sendable {
    let context: CredentialContext
    let endpoint: ServiceEndpoint

    /// The role's temporary credentials; throws ``CredentialsError`` naming the account and the
    /// role when the portal refuses.
    func roleCredentials(profile: SSOProfile, accessToken: String, source: String) async throws -> AWSCredentials {
        let query = PercentEncoding.query([
            (name: "role_name", value: profile.roleName), (name: "account_id", value: profile.accountId),
        ])
        let request = TransportRequest(
            method: "GET", url: endpoint.url(path: "/federation/credentials", encodedQuery: query),
            headers: [
                ("Host", endpoint.hostHeader), ("Accept", "application/json"), ("x-amz-sso_bearer_token", accessToken),
            ])
        let response = try await context.sendSecretBodies(
            request, via: context.stsTransport, timeout: .seconds(30), source: source,
            call: "SSO GetRoleCredentials at \(endpoint)")
        let target = "account \(profile.accountId), role \(profile.roleName)"
        guard (200..<300).contains(response.status) else {
            let error = SSOServiceError(response, redactor: context.redactor)
            let why: String
            switch response.status {
            case 401:
                why =
                    "the SSO portal refused the sign-in for \(target) (\(error.summary)); "
                    + "run `aws sso login --profile \(profile.profileName)`"
            case 403:
                why =
                    "the SSO portal denied \(target) (\(error.summary)); check sso_account_id and sso_role_name of "
                    + "profile \(profile.profileName), or ask for that permission set in IAM Identity Center"
            default:
                why = "SSO GetRoleCredentials for \(target) at \(endpoint) failed (\(error.summary))"
            }
            throw CredentialsError.providerFailed(source, why)
        }
        let json = (try? JSONSerialization.jsonObject(with: Data(response.body))) as? [String: Any]
        guard let role = json?["roleCredentials"] as? [String: Any], let keyId = role["accessKeyId"] as? String,
            let secret = role["secretAccessKey"] as? String, let token = role["sessionToken"] as? String,
            !keyId.isEmpty, !secret.isEmpty
        else {
            throw CredentialsError.providerFailed(
                source, "the SSO portal's answer for \(target) has no roleCredentials")
        }
        context.redactor.register(secret, token)
        // Epoch milliseconds.
        let millis = role["expiration"]
        let expiration =
            ((millis as? Int).map(Double.init) ?? (millis as? Double) ?? (millis as? NSNumber)?.doubleValue)
            .map { Date(timeIntervalSince1970: $0 / 1000) }
        return AWSCredentials(
            accessKeyId: keyId, secretAccessKey: secret, sessionToken: token, expiration: expiration, source: source)
    }
}
