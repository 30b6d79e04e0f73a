import Crypto
import Foundation

/// `~/.aws/sso/cache/<sha1 hex>.json`, the cache `aws sso login` fills: read for every SSO
/// profile, and written only with a token refreshed through SSO-OIDC, in the exact form
/// botocore writes, so prune and the AWS CLI go on sharing one sign-in.
struct SSOTokenCache: Sendable {
    let environment: AWSEnvironment

    /// The cache file of `key` (an `sso-session` name, or a legacy profile's start URL).
    func path(for key: String) -> String {
        let digest = Insecure.SHA1.hash(data: Array(key.utf8))
        let hex = digest.map { byte in (byte < 16 ? "0" : "") + String(byte, radix: 16) }.joined()
        return environment.expandingHome("~/.aws/sso/cache/\(hex).json")
    }

    /// The cached token of `key`; throws ``CredentialsError`` naming `profile` when there is
    /// none or it cannot be used.
    func load(_ key: String, profile: String) throws -> SSOToken {
        let path = path(for: key)
        let contents: String?
        do {
            contents = try environment.files.readFile(atPath: path)
        } catch {
            throw CredentialsError.unreadableFile(path, "\(error)")
        }
        guard let contents else { throw CredentialsError.ssoNotSignedIn(profile: profile, "no token at \(path)") }
        let json = (try? JSONSerialization.jsonObject(with: Data(contents.utf8))) as? [String: Any]
        guard let json, let token = SSOToken(json: json) else {
            throw CredentialsError.ssoNotSignedIn(
                profile: profile, "\(path) has no accessToken with a readable expiresAt")
        }
        return token
    }

    /// Replaces `key`'s file with `token` as botocore's `SSOTokenProvider` does after a
    /// refresh: `startUrl`, `region`, `accessToken`, `expiresAt` (`%Y-%m-%dT%H:%M:%SZ`),
    /// `clientId`, `clientSecret`, `registrationExpiresAt`, then `refreshToken` when the answer
    /// had one, serialized as Python's `json.dumps`.
    func save(_ token: SSOToken, key: String, startURL: String, region: String) throws {
        var fields: [(String, String?)] = [
            ("startUrl", startURL), ("region", region), ("accessToken", token.accessToken),
            ("expiresAt", Self.format(token.expiresAt)), ("clientId", token.clientId),
            ("clientSecret", token.clientSecret), ("registrationExpiresAt", token.registrationExpiresAt),
        ]
        if let refreshToken = token.refreshToken { fields.append(("refreshToken", refreshToken)) }
        let body = fields.map { name, value in
            Self.pythonJSONString(name) + ": " + (value.map(Self.pythonJSONString) ?? "null")
        }
        let path = path(for: key)
        do {
            try environment.fileWriter.replaceFile(atPath: path, with: "{" + body.joined(separator: ", ") + "}")
        } catch {
            throw CredentialsError.providerFailed(
                "the SSO token cache", "cannot write the refreshed token to \(path): \(error)")
        }
    }

    /// `2026-12-05T09:00:00Z`, whole seconds (botocore's `_serialize_utc_timestamp`).
    static func format(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T"
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }

    /// A JSON string as Python's `json.dumps` writes it (`ensure_ascii`: everything outside
    /// ASCII as `\uXXXX`, UTF-16 surrogate pairs beyond the BMP), so the file matches botocore's byte for byte.
    static func pythonJSONString(_ text: String) -> String {
        var result = "\""
        for unit in text.utf16 {
            switch unit {
            case 0x22: result += "\\\""
            case 0x5C: result += "\\\\"
            case 0x0A: result += "\\n"
            case 0x0D: result += "\\r"
            case 0x09: result += "\\t"
            case 0x08: result += "\\b"
            case 0x0C: result += "\\f"
            case 0x20..<0x7F: result.unicodeScalars.append(Unicode.Scalar(UInt8(unit)))
            default:
                let hex = String(unit, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            }
        }
        return result + "\""
    }
}
