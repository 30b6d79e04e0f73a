import Foundation

/// An opaque `nextToken`: where the previous page ended (so deletions between pages skip
/// nothing and repeat nothing) and a fingerprint of the request it belongs to.
struct PaginationToken: Sendable, Equatable {
    /// `p` packages, `v` versions by version string, `t` versions by publish time.
    var kind: String
    /// FNV-1a of the request's coordinates and filters.
    var fingerprint: String
    /// The position: the last key returned.
    var position: [String]

    /// base64url of `v1`, kind, fingerprint and position, separated by U+001F.
    var encoded: String {
        let text = (["v1", kind, fingerprint] + position).joined(separator: "\u{1F}")
        return Data(text.utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Decodes a token this emulator issued for a request with `fingerprint` and `kind`.
    init(decoding token: String, kind: String, fingerprint: String) throws(APIError) {
        var base64 = token.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        guard let data = Data(base64Encoded: base64), let text = String(data: data, encoding: .utf8) else {
            throw .validation("Invalid pagination token", reason: "OTHER")
        }
        let parts = text.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 3, parts[0] == "v1" else {
            throw .validation("Invalid pagination token", reason: "OTHER")
        }
        guard parts[1] == kind, parts[2] == fingerprint else {
            throw .validation(
                "The pagination token does not belong to this request (its parameters changed)", reason: "OTHER")
        }
        self.kind = kind
        self.fingerprint = fingerprint
        self.position = Array(parts.dropFirst(3))
    }

    init(kind: String, fingerprint: String, position: [String]) {
        self.kind = kind
        self.fingerprint = fingerprint
        self.position = position
    }

    /// FNV-1a (64-bit, hex) of the parts.
    static func fingerprint(_ parts: [String?]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in parts {
            for byte in (part ?? "\u{0}nil").utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
            hash ^= 0x1F
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}
