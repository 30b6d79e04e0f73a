/// A strict, allocation-light JSON reader for the service's hot answers (list pages, write
/// results): it walks the bytes once and builds only the strings a model keeps, with no
/// intermediate tree or `Decoder` machinery.
///
/// It is a fast path, not the authority: it throws ``Unsupported`` on anything it does not
/// handle exactly as `JSONDecoder` would (malformed JSON, duplicate keys, non-ASCII strings,
/// a wrong type), and the caller then decodes with `JSONDecoder`, whose result or error
/// message stands. So the two never disagree on what an answer means.
struct WireJSONReader {
    /// The fast path does not apply; decode with `JSONDecoder` instead.
    struct Unsupported: Error {}

    private let bytes: [UInt8]
    private var index = 0
    private var depth = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Reads the whole document as one object, calling `field` with each key (the reader then
    /// positioned on its value, which `field` must consume), and checks nothing follows it.
    mutating func readDocument(_ field: (inout WireJSONReader, String) throws -> Void) throws {
        try readObject(field)
        skipWhitespace()
        guard index == bytes.count else { throw Unsupported() }
    }

    /// An object; `field` consumes each value. A repeated key is left to `JSONDecoder` (a
    /// caller that keeps every key, in a dictionary, checks repeats itself: `uniqueKeys` false).
    mutating func readObject(uniqueKeys: Bool = true, _ field: (inout WireJSONReader, String) throws -> Void) throws {
        try enter()
        defer { depth -= 1 }
        try expect(UInt8(ascii: "{"))
        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            index += 1
            return
        }
        var seen: [String] = []
        while true {
            skipWhitespace()
            let key = try readString()
            if uniqueKeys {
                guard !seen.contains(key) else { throw Unsupported() }
                seen.append(key)
            }
            skipWhitespace()
            try expect(UInt8(ascii: ":"))
            skipWhitespace()
            try field(&self, key)
            skipWhitespace()
            if peek() == UInt8(ascii: ",") {
                index += 1
                continue
            }
            try expect(UInt8(ascii: "}"))
            return
        }
    }

    /// An array; `element` consumes each value.
    mutating func readArray(_ element: (inout WireJSONReader) throws -> Void) throws {
        try enter()
        defer { depth -= 1 }
        try expect(UInt8(ascii: "["))
        skipWhitespace()
        if peek() == UInt8(ascii: "]") {
            index += 1
            return
        }
        while true {
            skipWhitespace()
            try element(&self)
            skipWhitespace()
            if peek() == UInt8(ascii: ",") {
                index += 1
                continue
            }
            try expect(UInt8(ascii: "]"))
            return
        }
    }

    /// Whether the value here is `null` (consumed if so).
    mutating func readNull() -> Bool {
        guard index + 4 <= bytes.count, bytes[index] == UInt8(ascii: "n"), bytes[index + 1] == UInt8(ascii: "u"),
            bytes[index + 2] == UInt8(ascii: "l"), bytes[index + 3] == UInt8(ascii: "l")
        else { return false }
        index += 4
        return true
    }

    /// A string value, or `nil` for `null` (what `decodeIfPresent` gives).
    mutating func readOptionalString() throws -> String? {
        readNull() ? nil : try readString()
    }

    /// A string of ASCII characters; escapes other than `\uXXXX` are decoded, `\u` and any
    /// byte above 0x7F go to `JSONDecoder` (it validates UTF-8 and pairs surrogates).
    mutating func readString() throws -> String {
        try expect(UInt8(ascii: "\""))
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: bytes[start..<index], as: UTF8.self)
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { return try readEscapedString(from: start) }
            guard byte >= 0x20, byte < 0x80 else { throw Unsupported() }
            index += 1
        }
        throw Unsupported()
    }

    /// Any value, skipped (validated as strictly as it would be read).
    mutating func skipValue() throws {
        switch peek() {
        case UInt8(ascii: "{"): try readObject { reader, _ in try reader.skipValue() }
        case UInt8(ascii: "["): try readArray { reader in try reader.skipValue() }
        case UInt8(ascii: "\""): _ = try readString()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default: try skipNumber()
        }
    }

    // MARK: - Pieces

    private mutating func readEscapedString(from start: Int) throws -> String {
        var text = Array(bytes[start..<index])
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(decoding: text, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard index < bytes.count else { throw Unsupported() }
                let escaped = bytes[index]
                index += 1
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(escaped)
                case UInt8(ascii: "b"): text.append(0x08)
                case UInt8(ascii: "f"): text.append(0x0C)
                case UInt8(ascii: "n"): text.append(0x0A)
                case UInt8(ascii: "r"): text.append(0x0D)
                case UInt8(ascii: "t"): text.append(0x09)
                default: throw Unsupported()
                }
            default:
                guard byte >= 0x20, byte < 0x80 else { throw Unsupported() }
                text.append(byte)
            }
        }
        throw Unsupported()
    }

    private mutating func skipNumber() throws {
        func digits() -> Int {
            let start = index
            while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
                index += 1
            }
            return index - start
        }
        if peek() == UInt8(ascii: "-") { index += 1 }
        if peek() == UInt8(ascii: "0") {
            index += 1
        } else {
            guard digits() > 0 else { throw Unsupported() }
        }
        if peek() == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { throw Unsupported() }
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            index += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { throw Unsupported() }
        }
    }

    private mutating func literal(_ word: StaticString) throws {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw Unsupported() }
        for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] {
            throw Unsupported()
        }
        index += count
    }

    private mutating func enter() throws {
        depth += 1
        guard depth <= 64 else { throw Unsupported() }
    }

    private mutating func expect(_ byte: UInt8) throws {
        guard index < bytes.count, bytes[index] == byte else { throw Unsupported() }
        index += 1
    }

    private func peek() -> UInt8? {
        index < bytes.count ? bytes[index] : nil
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }
}
