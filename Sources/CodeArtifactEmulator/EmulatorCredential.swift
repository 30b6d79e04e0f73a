import Foundation
import Inventory

/// A credential set the emulator accepts: an access key pair, optionally with a session token
/// (then required on every request signed with the key) and an expiry (after which requests
/// get `ExpiredTokenException`). `description` never shows the secret or the token.
public struct EmulatorCredential: Sendable, Hashable, CustomStringConvertible {
    /// The access key id.
    public var accessKeyId: String
    /// The secret access key.
    public var secretAccessKey: String
    /// The session token requests must carry (`X-Amz-Security-Token`), if any.
    public var sessionToken: String?
    /// When the credential stops working, if ever.
    public var expiration: Date?

    /// Creates a credential set.
    public init(accessKeyId: String, secretAccessKey: String, sessionToken: String? = nil, expiration: Date? = nil) {
        self.accessKeyId = accessKeyId
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
        self.expiration = expiration
    }

    /// The documented demo pair, `AKIDEMULATOR` / `emulator-secret`, accepted by default.
    public static let demo = EmulatorCredential(accessKeyId: "AKIDEMULATOR", secretAccessKey: "emulator-secret")

    /// Parses `AKID:SECRET[:TOKEN][,expires=RFC3339]`.
    public static func parse(_ text: String) throws(EmulatorConfigurationError) -> EmulatorCredential {
        var main = Substring(text)
        var expiration: Date?
        if let comma = text.range(of: ",expires=") {
            main = text[..<comma.lowerBound]
            let when = String(text[comma.upperBound...])
            guard let date = InventoryTimestamp.parse(when) else {
                throw .credentials(
                    "invalid expiry '\(when)' in --credentials (expected RFC 3339, e.g. 2026-12-01T00:00:00Z)")
            }
            expiration = date
        }
        let parts = main.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2, !parts[0].isEmpty, !parts[1].isEmpty, parts.count == 2 || !parts[2].isEmpty else {
            throw .credentials("invalid credentials (expected AKID:SECRET[:TOKEN][,expires=RFC3339])")
        }
        return EmulatorCredential(
            accessKeyId: parts[0], secretAccessKey: parts[1], sessionToken: parts.count == 3 ? parts[2] : nil,
            expiration: expiration)
    }

    /// The key id, whether there is a token, and the expiry; secrets redacted.
    public var description: String {
        var text = "\(accessKeyId):<redacted>"
        if sessionToken != nil { text += ":<token>" }
        if let expiration { text += " (expires \(InventoryTimestamp.format(expiration)))" }
        return text
    }
}
