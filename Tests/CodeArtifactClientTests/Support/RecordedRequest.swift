/// A request as an in-process server received it.
struct RecordedRequest: Sendable {
    var method: String
    /// The path, as sent.
    var path: String
    /// The query string exactly as sent (still percent-encoded), `nil` when absent.
    var rawQuery: String?
    var headers: [(name: String, value: String)]
    var body: [UInt8]

    /// The first value of header `name` (case-insensitive).
    func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// The query's pairs, decoded, in order.
    var queryItems: [(name: String, value: String)] {
        guard let rawQuery, !rawQuery.isEmpty else { return [] }
        return rawQuery.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (percentDecode(parts[0]), parts.count > 1 ? percentDecode(parts[1]) : "")
        }
    }

    /// The decoded query as a dictionary (last value wins).
    var query: [String: String] {
        Dictionary(queryItems.map { ($0.name, $0.value) }, uniquingKeysWith: { $1 })
    }

    var bodyText: String { String(decoding: body, as: UTF8.self) }
}

/// `%XX` decoding (no `+` for space: AWS query strings use `%20`).
func percentDecode<S: StringProtocol>(_ text: S) -> String {
    var bytes: [UInt8] = []
    var iterator = Array(text.utf8).makeIterator()
    while let byte = iterator.next() {
        if byte == UInt8(ascii: "%"), let high = iterator.next(), let low = iterator.next(),
            let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16)
        {
            bytes.append(value)
        } else {
            bytes.append(byte)
        }
    }
    return String(decoding: bytes, as: UTF8.self)
}
