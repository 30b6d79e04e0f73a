/// Helpers shared by the parsers: byte access without copying, and the whitespace sets the
/// reference implementations trim (they differ, and the difference decides what parses).
enum VersionText {
    /// Runs `body` on the UTF-8 bytes of `string`, copying only for bridged strings.
    static func withBytes<R>(_ string: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = string.utf8.withContiguousStorageIfAvailable(body) {
            return result
        }
        return Array(string.utf8).withUnsafeBufferPointer(body)
    }

    /// JavaScript's `String.prototype.trim` set: WhiteSpace (including U+FEFF and Zs) and
    /// LineTerminator (ECMA-262 §12.2, §12.3). U+0085 is not in it.
    static func isJavaScriptWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// Python's `str.isspace` (what `\s` and `strip()` use on `str`): Unicode White_Space plus
    /// the information separators U+001C...U+001F, which Python counts as whitespace.
    static func isPythonWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || (0x1C...0x1F).contains(scalar.value)
    }

    /// .NET's `char.IsWhiteSpace` (what `String.Trim()` removes): Unicode White_Space.
    static func isDotNetWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace
    }

    /// The string without leading and trailing scalars for which `isSpace` holds; no copy when
    /// there is nothing to trim (the common case).
    static func trimming(_ string: String, where isSpace: (Unicode.Scalar) -> Bool) -> String {
        let scalars = string.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return string }
        if !isSpace(first) && !isSpace(last) { return string }
        guard let start = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = scalars.lastIndex(where: { !isSpace($0) })!
        return String(scalars[start...end])
    }

    static func isASCIIDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool { isASCIIDigit(byte) || isASCIILetter(byte) }

    static func lowercasedASCII(_ byte: UInt8) -> UInt8 { isASCIILetter(byte) ? byte | 0x20 : byte }
}
