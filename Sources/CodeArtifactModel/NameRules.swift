/// The name rules of the CodeArtifact API model (`service-2.json`), implemented once.
///
/// The model's patterns are read as ECMA-262 regular expressions (Smithy's dialect), so `\s`
/// is JavaScript's whitespace set (`isECMAWhitespace(_:)`),
/// and lengths count Unicode scalars. Checked by hand rather than by regular expressions, so
/// that start-up stays cheap and the parser's hottest call stays a byte comparison.
public enum NameRules {
    /// Longest package name, namespace or version, in Unicode scalars.
    public static let maximumNameLength = 255

    /// `DomainName`: `[a-z][a-z0-9\-]{0,48}[a-z0-9]`, 2 to 50.
    public static func isDomainName(_ name: String) -> Bool {
        let bytes = name.utf8
        guard (2...50).contains(bytes.count), let first = bytes.first, let last = bytes.last,
            isLower(first), isLower(last) || isDigit(last)
        else { return false }
        return bytes.allSatisfy { isLower($0) || isDigit($0) || $0 == UInt8(ascii: "-") }
    }

    /// Longest repository name (all ASCII, so characters, scalars and bytes alike).
    public static let maximumRepositoryNameLength = 100

    /// `RepositoryName`: `[A-Za-z0-9][A-Za-z0-9._\-]{1,99}`, 2 to 100.
    public static func isRepositoryName(_ name: String) -> Bool {
        let bytes = name.utf8
        guard (2...maximumRepositoryNameLength).contains(bytes.count), let first = bytes.first, isAlphanumeric(first)
        else { return false }
        return name.unicodeScalars.allSatisfy(isRepositoryNameScalar)
    }

    /// A scalar that may appear in a repository name: an ASCII letter or digit, `.`, `_` or `-`.
    public static func isRepositoryNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII else { return false }
        let byte = UInt8(scalar.value)
        return isAlphanumeric(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: "-")
    }

    /// `AccountId`: `[0-9]{12}`.
    public static func isAccountId(_ text: String) -> Bool {
        text.utf8.count == 12 && text.utf8.allSatisfy(isDigit)
    }

    /// `PackageName`, `PackageNamespace`, `PackageVersion`: `[^#/\s]+`, 1 to 255.
    public static func isPackageName(_ name: String) -> Bool {
        var count = 0
        for scalar in name.unicodeScalars {
            count += 1
            if count > maximumNameLength || !isNameScalar(scalar) { return false }
        }
        return count >= 1
    }

    /// ``isPackageName(_:)`` on valid UTF-8 bytes, for readers that check before making a
    /// string: ASCII is judged byte by byte; anything else goes through the scalar rule.
    public static func isPackageName(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes {
            if byte >= 0x80 { return isPackageName(String(decoding: bytes, as: UTF8.self)) }
            if !isNameScalar(Unicode.Scalar(byte)) { return false }
        }
        return !bytes.isEmpty && bytes.count <= maximumNameLength
    }

    /// ``isRevision(_:)`` on valid UTF-8 bytes.
    public static func isRevision(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes {
            if byte >= 0x80 { return isRevision(String(decoding: bytes, as: UTF8.self)) }
            if isECMAWhitespace(Unicode.Scalar(byte)) { return false }
        }
        return !bytes.isEmpty && bytes.count <= 50
    }

    /// `PackageVersionRevision`: `\S+`, 1 to 50.
    public static func isRevision(_ text: String) -> Bool {
        var count = 0
        for scalar in text.unicodeScalars {
            count += 1
            if count > 50 || isECMAWhitespace(scalar) { return false }
        }
        return count >= 1
    }

    /// A scalar that may appear in a package name, namespace or version (`[^#/\s]`).
    @inline(__always)
    public static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "#" && scalar != "/" && !isECMAWhitespace(scalar)
    }

    /// The first scalar of `text` that no package name, namespace or version may contain.
    public static func firstNonNameScalar(in text: String) -> Unicode.Scalar? {
        // All-ASCII text is checked byte by byte (an ASCII byte is a whole scalar in UTF-8);
        // anything else, or a bad byte, falls back to the scalar scan, which finds the same one.
        let asciiNames = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.allSatisfy { $0 < 0x80 && isNameScalar(Unicode.Scalar($0)) }
        }
        if asciiNames == true { return nil }
        return text.unicodeScalars.first { !isNameScalar($0) }
    }

    /// ECMA-262's `\s`: WhiteSpace (tab, vertical tab, form feed, space, no-break space,
    /// U+FEFF and every `Zs` scalar) and LineTerminator (LF, CR, U+2028, U+2029). Unlike
    /// Unicode's White_Space property it has U+FEFF and lacks U+0085 and U+001C–U+001F.
    public static func isECMAWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20: return true
        case 0..<0x80: return false
        case 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    /// An AWS region code: `us-east-1`, `us-gov-west-1`, `cn-north-1`, `eusc-de-east-1`.
    public static func isRegion(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 3, let number = parts.last, (1...2).contains(number.utf8.count),
            number.utf8.allSatisfy(isDigit), (2...4).contains(parts[0].utf8.count)
        else { return false }
        return parts.dropLast().allSatisfy { !$0.isEmpty && $0.utf8.allSatisfy(isLower) }
    }

    private static func isLower(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        isLower(byte) || isDigit(byte) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }
}
