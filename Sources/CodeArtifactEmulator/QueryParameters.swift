/// A query string, percent-decoded: the pairs in order (for the signature) and the last value
/// of each name (for the operation).
struct QueryParameters: Sendable {
    private(set) var pairs: [(name: String, value: String)] = []
    private var values: [String: String] = [:]

    /// Parses `raw` (without `?`); `nil` if a percent escape is malformed or not UTF-8.
    init?(raw: String) {
        guard !raw.isEmpty else { return }
        for part in raw.split(separator: "&", omittingEmptySubsequences: true) {
            let name: Substring
            let value: Substring
            if let equals = part.firstIndex(of: "=") {
                name = part[..<equals]
                value = part[part.index(after: equals)...]
            } else {
                name = part
                value = ""
            }
            guard let decodedName = QueryParameters.percentDecode(name),
                let decodedValue = QueryParameters.percentDecode(value)
            else { return nil }
            pairs.append((decodedName, decodedValue))
            values[decodedName] = decodedValue
        }
    }

    subscript(name: String) -> String? { values[name] }

    /// RFC 3986 decoding; `+` stays `+` (SigV4 clients encode a space as `%20`).
    static func percentDecode(_ text: Substring) -> String? {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return String(text) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%") {
                guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                    return nil
                }
                bytes.append(high << 4 | low)
            } else {
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
