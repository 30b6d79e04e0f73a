import Foundation

/// The sign-in `aws sso login` caches: the access token and, for an `sso-session` profile,
/// what refreshes it through SSO-OIDC (refresh token and client registration). Every field
/// but the expiry is a secret or near one; `description` shows none of them.
struct SSOToken: Sendable, CustomStringConvertible {
    var accessToken: String
    var expiresAt: Date
    var refreshToken: String?
    var clientId: String?
    var clientSecret: String?
    /// As written in the file: botocore copies it unchanged into a refreshed token.
    var registrationExpiresAt: String?

    /// The token in a cache file's JSON object, `nil` without `accessToken` and a readable
    /// `expiresAt` (botocore: "Token ... is invalid").
    init?(json: [String: Any]) {
        guard let accessToken = json["accessToken"] as? String, let expiresText = json["expiresAt"] as? String,
            let expiresAt = Self.parseTime(expiresText)
        else { return nil }
        self.accessToken = accessToken
        self.expiresAt = expiresAt
        self.refreshToken = json["refreshToken"] as? String
        self.clientId = json["clientId"] as? String
        self.clientSecret = json["clientSecret"] as? String
        self.registrationExpiresAt = json["registrationExpiresAt"] as? String
    }

    /// A token from its parts.
    init(
        accessToken: String, expiresAt: Date, refreshToken: String?, clientId: String?, clientSecret: String?,
        registrationExpiresAt: String?
    ) {
        self.accessToken = accessToken
        self.expiresAt = expiresAt
        self.refreshToken = refreshToken
        self.clientId = clientId
        self.clientSecret = clientSecret
        self.registrationExpiresAt = registrationExpiresAt
    }

    /// The refresh token and registration, when all are present and the registration has not
    /// expired at `now` (botocore's conditions for trying SSO-OIDC).
    func refreshGrant(at now: Date) -> (refreshToken: String, clientId: String, clientSecret: String)? {
        guard let refreshToken, let clientId, let clientSecret, let registrationExpiresAt,
            let registrationExpiry = Self.parseTime(registrationExpiresAt), registrationExpiry > now
        else { return nil }
        return (refreshToken, clientId, clientSecret)
    }

    /// The secrets, for the redactor.
    var secrets: [String?] { [accessToken, refreshToken, clientSecret] }

    /// The expiry only.
    var description: String {
        "SSOToken(expires \(Int(expiresAt.timeIntervalSince1970)) (epoch seconds), "
            + (refreshToken == nil ? "no refresh token" : "refresh token <redacted>") + ")"
    }

    /// RFC 3339 times, and the `2026-12-05T09:00:00UTC` that older AWS CLI versions wrote.
    static func parseTime(_ text: String) -> Date? {
        let trimmed = text.trimmingWhitespace()
        if trimmed.hasSuffix("UTC") { return ISO8601Timestamp.parse(String(trimmed.dropLast(3)) + "Z") }
        return ISO8601Timestamp.parse(trimmed)
    }
}
