/// A forward-only reader of strict RFC 8259 JSON over bytes: the one fast path of the
/// inventory file (`InventoryFastReader`) and of the service's hot answers (list pages, write
/// results), which build only the values they keep, with no intermediate tree.
///
/// It never explains a failure: every method answers nil (or false) where the input is not
/// what it expects, and the caller then declines, leaving the document to its full path
/// (the inventory's located `JSONSyntax` and `JSONDecoder`; the client's `JSONDecoder`), whose
/// result or error message stands. So it must be at least as strict as those: whatever they
/// refuse (trailing commas, leading zeros, control characters and invalid UTF-8 in strings,
/// bad escapes, lone surrogates) is refused here too. It may refuse more (escaped keys,
/// numbers with a fraction, deep nesting): those documents are valid, just read the slow way.
///
/// Everything is `@inlinable`: the readers call it per byte and per key from other modules,
/// and the inventory's million-version load must cost what it did when the cursor was theirs.
public struct JSONCursor {
    /// The document; string tokens are ranges into it.
    public let bytes: UnsafeBufferPointer<UInt8>
    /// The next byte to read.
    public var index = 0

    /// A cursor at the start of `bytes`, which must outlive it.
    @inlinable
    public init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// Nesting that `skipValue` follows before declining (inventories nest 6 levels deep).
    @inlinable
    public static var maximumSkipDepth: Int { 64 }

    /// True when every byte has been read.
    @inlinable
    public var atEnd: Bool { index >= bytes.count }

    /// Past trailing whitespace; true when nothing else follows (a whole document was read).
    @inlinable
    public mutating func finished() -> Bool {
        skipWhitespace()
        return atEnd
    }

    /// Past spaces, tabs and line ends.
    @inlinable
    public mutating func skipWhitespace() {
        while true {
            // Pretty-printed files are a third indentation: eight bytes at a time, straight to
            // the first that is not a space.
            if index + 8 <= bytes.count {
                let notSpaces = word(at: index) ^ 0x2020_2020_2020_2020
                index += notSpaces.trailingZeroBitCount >> 3
                if notSpaces == 0 { continue }
            }
            guard index < bytes.count else { return }
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    /// Skips whitespace, then `byte` if it is next.
    @inlinable
    public mutating func consume(_ byte: UInt8) -> Bool {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    // MARK: - Containers

    /// Walks an object, calling `member` with each key (its bytes between the quotes) with the
    /// cursor on the value; `member` must consume the value. False when the object is malformed,
    /// a key has an escape, or `member` answers false.
    @inlinable
    public mutating func object(_ member: (inout JSONCursor, Range<Int>) -> Bool) -> Bool {
        guard consume(UInt8(ascii: "{")) else { return false }
        if consume(UInt8(ascii: "}")) { return true }
        while true {
            skipWhitespace()
            guard let key = string(), !key.escaped, consume(UInt8(ascii: ":")) else { return false }
            skipWhitespace()
            guard member(&self, key.range) else { return false }
            if consume(UInt8(ascii: ",")) { continue }
            return consume(UInt8(ascii: "}"))
        }
    }

    /// Walks an array, calling `element` with the cursor on each value; `element` must consume it.
    @inlinable
    public mutating func array(_ element: (inout JSONCursor) -> Bool) -> Bool {
        guard consume(UInt8(ascii: "[")) else { return false }
        if consume(UInt8(ascii: "]")) { return true }
        while true {
            skipWhitespace()
            guard element(&self) else { return false }
            if consume(UInt8(ascii: ",")) { continue }
            return consume(UInt8(ascii: "]"))
        }
    }

    // MARK: - Strings

    /// A string token: the bytes between its quotes, and whether they hold escapes (then
    /// ``text(_:)`` decodes them). The bytes are checked: valid UTF-8, no control character,
    /// only JSON's escapes, `\u` surrogates in pairs.
    @inlinable
    public mutating func string() -> (range: Range<Int>, escaped: Bool)? {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
        index += 1
        let start = index
        var escaped = false
        while true {
            // Eight plain bytes at a time, straight to the first that needs a look.
            if index + 8 <= bytes.count {
                let look = Self.needingALook(word(at: index))
                index += look.trailingZeroBitCount >> 3
                if look == 0 { continue }
            }
            guard index < bytes.count else { break }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return (start..<index - 1, escaped)
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
                guard skipEscape() else { return nil }
            } else if byte < 0x20 {
                return nil
            } else if byte < 0x80 {
                index += 1
            } else {
                guard let length = UTF8Check.sequenceLength(bytes, at: index) else { return nil }
                index += length
            }
        }
        return nil
    }

    /// Eight bytes from `offset` (which has eight bytes after it), first byte lowest.
    @inlinable
    func word(at offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self))
    }

    /// The high bit of each byte of the word that ends a plain run in a string: `"`, `\`, a
    /// control character or a non-ASCII byte (the classic "has a zero byte" test). Bits above
    /// the lowest may be false alarms; the lowest is always right, and is all the caller uses.
    @inlinable
    static func needingALook(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highs }
        let quote = hasZeroByte(word ^ (ones &* 0x22))
        let backslash = hasZeroByte(word ^ (ones &* 0x5C))
        let control = (word &- ones &* 0x20) & ~word & highs
        return quote | backslash | control | (word & highs)
    }

    /// Reads a string value as text (nil when the next value is not a string).
    @inlinable
    public mutating func stringValue() -> String? {
        guard let token = string() else { return nil }
        return text(token)
    }

    /// The text of a string token already checked by ``string()``.
    @inlinable
    public func text(_ token: (range: Range<Int>, escaped: Bool)) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[token.range])
        guard token.escaped else { return String(decoding: slice, as: UTF8.self) }
        var scalars = String.UnicodeScalarView()
        var position = token.range.lowerBound
        while position < token.range.upperBound {
            let byte = bytes[position]
            guard byte == UInt8(ascii: "\\") else {
                let start = position
                while position < token.range.upperBound, bytes[position] != UInt8(ascii: "\\") { position += 1 }
                scalars.append(contentsOf: String(decoding: bytes[start..<position], as: UTF8.self).unicodeScalars)
                continue
            }
            let kind = bytes[position + 1]
            position += 2
            switch kind {
            case UInt8(ascii: "b"): scalars.append("\u{08}")
            case UInt8(ascii: "f"): scalars.append("\u{0C}")
            case UInt8(ascii: "n"): scalars.append("\n")
            case UInt8(ascii: "r"): scalars.append("\r")
            case UInt8(ascii: "t"): scalars.append("\t")
            case UInt8(ascii: "u"):
                var value = hex4(at: position)
                position += 4
                if (0xD800..<0xDC00).contains(value) {
                    // `skipEscape` checked that the low half follows.
                    value = 0x10000 + ((value - 0xD800) << 10) + (hex4(at: position + 2) - 0xDC00)
                    position += 6
                }
                scalars.append(Unicode.Scalar(value)!)
            default: scalars.append(Unicode.Scalar(kind))  // `"`, `\` and `/` stand for themselves
            }
        }
        return String(scalars)
    }

    /// Past one escape at `index` (the backslash); false when it is not a JSON escape or is
    /// half of a surrogate pair.
    @inlinable
    mutating func skipEscape() -> Bool {
        guard index + 1 < bytes.count else { return false }
        switch bytes[index + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
            UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            index += 2
            return true
        case UInt8(ascii: "u"):
            guard isHex4(at: index + 2) else { return false }
            let value = hex4(at: index + 2)
            index += 6
            if (0xDC00..<0xE000).contains(value) { return false }
            guard (0xD800..<0xDC00).contains(value) else { return true }
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u"),
                isHex4(at: index + 2), (0xDC00..<0xE000).contains(hex4(at: index + 2))
            else { return false }
            index += 6
            return true
        default:
            return false
        }
    }

    @inlinable
    func isHex4(at start: Int) -> Bool {
        guard start + 4 <= bytes.count else { return false }
        return (start..<start + 4).allSatisfy { Self.hexValue(bytes[$0]) != nil }
    }

    @inlinable
    func hex4(at start: Int) -> UInt32 {
        (start..<start + 4).reduce(0) { $0 << 4 | UInt32(Self.hexValue(bytes[$1])!) }
    }

    @inlinable
    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    /// True when `range` holds exactly the ASCII `literal` (keys and enum values).
    @inlinable
    public func equals(_ range: Range<Int>, _ literal: StaticString) -> Bool {
        guard range.count == literal.utf8CodeUnitCount else { return false }
        let pointer = literal.utf8Start
        for offset in 0..<range.count where bytes[range.lowerBound + offset] != pointer[offset] { return false }
        return true
    }

    // MARK: - Other values

    /// An integer written without fraction or exponent (`-0`, `42`); nil otherwise or when it
    /// does not fit 64 bits.
    @inlinable
    public mutating func integer() -> Int64? {
        var negative = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") {
            negative = true
            index += 1
        }
        let start = index
        var value: Int64 = 0
        while index < bytes.count, let digit = Self.digit(bytes[index]) {
            let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowAdding) = shifted.addingReportingOverflow(Int64(digit))
            guard !overflow, !overflowAdding else { return nil }
            value = sum
            index += 1
        }
        guard index > start, bytes[start] != UInt8(ascii: "0") || index == start + 1 else { return nil }
        if index < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[index]) {
            return nil
        }
        return negative ? -value : value
    }

    /// True (and past it) when the next value is `null`.
    @inlinable
    public mutating func null() -> Bool {
        guard index + 4 <= bytes.count, bytes[index] == UInt8(ascii: "n"), bytes[index + 1] == UInt8(ascii: "u"),
            bytes[index + 2] == UInt8(ascii: "l"), bytes[index + 3] == UInt8(ascii: "l")
        else { return false }
        index += 4
        return true
    }

    /// Past any one value, checked as strictly as the rest (for keys the inventory does not know).
    @inlinable
    public mutating func skipValue(depth: Int = 0) -> Bool {
        guard depth < Self.maximumSkipDepth, index < bytes.count else { return false }
        switch bytes[index] {
        case UInt8(ascii: "{"): return object { cursor, _ in cursor.skipValue(depth: depth + 1) }
        case UInt8(ascii: "["): return array { $0.skipValue(depth: depth + 1) }
        case UInt8(ascii: "\""): return string() != nil
        case UInt8(ascii: "t"): return literal("true")
        case UInt8(ascii: "f"): return literal("false")
        case UInt8(ascii: "n"): return null()
        default: return number()
        }
    }

    @inlinable
    mutating func literal(_ word: StaticString) -> Bool {
        let end = index + word.utf8CodeUnitCount
        guard end <= bytes.count, equals(index..<end, word) else { return false }
        index = end
        return true
    }

    /// Any JSON number (for skipped values).
    @inlinable
    mutating func number() -> Bool {
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard digits() else { return false }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits(allowLeadingZero: true) else { return false }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard digits(allowLeadingZero: true) else { return false }
        }
        return true
    }

    /// One or more digits; without `allowLeadingZero`, a leading `0` must stand alone.
    @inlinable
    mutating func digits(allowLeadingZero: Bool = false) -> Bool {
        let start = index
        while index < bytes.count, Self.digit(bytes[index]) != nil { index += 1 }
        guard index > start else { return false }
        return allowLeadingZero || bytes[start] != UInt8(ascii: "0") || index == start + 1
    }

    @inlinable
    static func digit(_ byte: UInt8) -> UInt8? {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? byte - UInt8(ascii: "0") : nil
    }
}
