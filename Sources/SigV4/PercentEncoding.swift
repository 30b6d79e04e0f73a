/// RFC 3986 percent-encoding as SigV4 defines it: everything but `A-Za-z0-9-._~` as `%XX`
/// with uppercase hex (so `/`, `+`, `=` and space are `%2F`, `%2B`, `%3D`, `%20`).
///
/// Public because the client's query strings must be encoded exactly as they are signed:
/// one encoder for both means a request can never be sent in a form its signature did not
/// cover.
public enum PercentEncoding {
    /// `text` with every byte outside the unreserved set percent-encoded.
    public static func encode(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                result.unicodeScalars.append("%")
                result.unicodeScalars.append(upperHex[Int(byte >> 4)])
                result.unicodeScalars.append(upperHex[Int(byte & 0x0F)])
            }
        }
        return result
    }

    /// `name=value&...` in the given order, each part encoded.
    public static func query(_ items: [(name: String, value: String)]) -> String {
        items.map { encode($0.name) + "=" + encode($0.value) }.joined(separator: "&")
    }

    private static let upperHex = Array("0123456789ABCDEF".unicodeScalars)
}
