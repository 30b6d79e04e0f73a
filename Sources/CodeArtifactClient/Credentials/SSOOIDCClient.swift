import Foundation

/// SSO-OIDC's `CreateToken` with the `refresh_token` grant (`POST /token`, JSON, unsigned): a
/// new access token for an `sso-session` sign-in without a browser.
struct SSOOIDCClient: Sendable {
    let context: CredentialContext
    let endpoint: ServiceEndpoint

    /// What `CreateToken` answers.
    struct Answer: Sendable {
        var accessToken: String
        var expiresIn: Int
        /// A rotated refresh token, when the service sends one.
        var refreshToken: String?
    }

    /// Exchanges the refresh token; throws a ``CredentialsError`` (never quoting a secret)
    /// when the service refuses or cannot be reached.
    func refresh(clientId: String, clientSecret: String, refreshToken: String, source: String) async throws -> Answer {
        let fields = [
            "grantType": "refresh_token", "clientId": clientId, "clientSecret": clientSecret,
            "refreshToken": refreshToken,
        ]
        let body = try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])
        let request = TransportRequest(
            method: "POST", url: endpoint.url(path: "/token"),
            headers: [("Host", endpoint.hostHeader), ("Content-Type", "application/json")], body: Array(body))
        let response = try await context.sendSecretBodies(
            request, via: context.stsTransport, timeout: .seconds(30), source: source,
            call: "SSO-OIDC CreateToken at \(endpoint)")
        guard (200..<300).contains(response.status) else {
            throw CredentialsError.providerFailed(
                source,
                "SSO-OIDC CreateToken at \(endpoint) failed (\(SSOServiceError(response, redactor: context.redactor).summary))"
            )
        }
        let json = (try? JSONSerialization.jsonObject(with: Data(response.body))) as? [String: Any]
        guard let accessToken = json?["accessToken"] as? String, !accessToken.isEmpty,
            let expiresIn = (json?["expiresIn"] as? Int) ?? (json?["expiresIn"] as? NSNumber)?.intValue
        else {
            throw CredentialsError.providerFailed(
                source, "SSO-OIDC CreateToken answered without accessToken and expiresIn")
        }
        let newRefreshToken = json?["refreshToken"] as? String
        context.redactor.register(accessToken, newRefreshToken)
        return Answer(accessToken: accessToken, expiresIn: expiresIn, refreshToken: newRefreshToken)
    }
}
