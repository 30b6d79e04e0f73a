import Crypto
import Foundation

extension SigV4Signer {
    /// `YYYYMMDD'T'HHMMSS'Z'` and `YYYYMMDD`, in UTC (digits written directly: no formatter).
    static func timestamps(_ date: Date) -> (amzDate: String, day: String) {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        var bytes = [UInt8](repeating: UInt8(ascii: "0"), count: 16)
        func put(_ value: Int, at end: Int, width: Int) {
            var value = value
            for index in stride(from: end, to: end - width, by: -1) {
                bytes[index] = UInt8(ascii: "0") + UInt8(value % 10)
                value /= 10
            }
        }
        put(Int(parts.tm_year) + 1900, at: 3, width: 4)
        put(Int(parts.tm_mon) + 1, at: 5, width: 2)
        put(Int(parts.tm_mday), at: 7, width: 2)
        bytes[8] = UInt8(ascii: "T")
        put(Int(parts.tm_hour), at: 10, width: 2)
        put(Int(parts.tm_min), at: 12, width: 2)
        put(Int(parts.tm_sec), at: 14, width: 2)
        bytes[15] = UInt8(ascii: "Z")
        return (String(decoding: bytes, as: UTF8.self), String(decoding: bytes[0..<8], as: UTF8.self))
    }

    /// Lowercased names, values trimmed with inner whitespace runs collapsed, repeats
    /// joined by commas in order, sorted by name.
    static func canonicalHeaders(_ headers: [(name: String, value: String)]) -> (String, String) {
        // Sorted by name, then by position, so repeats keep their order.
        let lowered = headers.enumerated().map { (name: $0.element.name.lowercased(), index: $0.offset) }
        let order = lowered.sorted { $0.name == $1.name ? $0.index < $1.index : $0.name < $1.name }
        var text = ""
        var names = ""
        var previous: String?
        for entry in order {
            let value = collapseWhitespace(headers[entry.index].value)
            if entry.name == previous {
                text += "," + value
                continue
            }
            if previous != nil {
                text += "\n"
                names += ";"
            }
            text += entry.name + ":" + value
            names += entry.name
            previous = entry.name
        }
        if previous != nil { text += "\n" }
        return (text, names)
    }

    /// Encoded name=value pairs sorted by encoded name, then encoded value.
    static func canonicalQuery(_ query: [(name: String, value: String)]) -> String {
        let encoded: [(name: String, value: String)] = query.map {
            (PercentEncoding.encode($0.name), PercentEncoding.encode($0.value))
        }
        let sorted = encoded.sorted { (a, b) -> Bool in a.name == b.name ? a.value < b.value : a.name < b.name }
        return sorted.map { pair -> String in pair.name + "=" + pair.value }.joined(separator: "&")
    }

    /// The path, normalised if asked, each segment URI-encoded (slashes kept).
    static func canonicalURI(_ path: String, normalize: Bool) -> String {
        var segments = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if segments.first == "" { segments.removeFirst() }
        if normalize {
            let trailingSlash = path.hasSuffix("/") || path.hasSuffix("/.") || path.hasSuffix("/..")
            var stack: [String] = []
            for segment in segments {
                switch segment {
                case "", ".": continue
                case "..": _ = stack.popLast()
                default: stack.append(segment)
                }
            }
            let joined = "/" + stack.map(PercentEncoding.encode).joined(separator: "/")
            return trailingSlash && !stack.isEmpty ? joined + "/" : joined
        }
        return "/" + segments.map(PercentEncoding.encode).joined(separator: "/")
    }

    static func hex<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64)
        for byte in digest {
            bytes.append(hexDigits[Int(byte >> 4)])
            bytes.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    private static func collapseWhitespace(_ value: String) -> String {
        let spaces: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard value.utf8.contains(where: spaces) else { return value }
        return value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).joined(
            separator: " ")
    }
}
