/// Name rules of the CodeArtifact API model (`service-2.json`, botocore 1.43.11), checked
/// by hand rather than by regular expressions so that start-up stays cheap.
public enum AWSNameRules {
    /// `DomainName`: `[a-z][a-z0-9\-]{0,48}[a-z0-9]`, 2 to 50 characters.
    public static func isDomainName(_ name: String) -> Bool {
        let scalars = Array(name.unicodeScalars)
        guard (2...50).contains(scalars.count), let first = scalars.first, let last = scalars.last,
            isLower(first), isLower(last) || isDigit(last)
        else { return false }
        return scalars.allSatisfy { isLower($0) || isDigit($0) || $0 == "-" }
    }

    /// Longest repository name, in characters.
    public static let maximumRepositoryNameLength = 100

    /// `RepositoryName`: `[A-Za-z0-9][A-Za-z0-9._\-]{1,99}`, 2 to 100 characters.
    public static func isRepositoryName(_ name: String) -> Bool {
        let scalars = Array(name.unicodeScalars)
        guard (2...maximumRepositoryNameLength).contains(scalars.count), let first = scalars.first,
            isAlphanumeric(first)
        else { return false }
        return scalars.allSatisfy(isRepositoryNameScalar)
    }

    /// A scalar that may appear in a repository name: a letter, a digit, `.`, `_` or `-`.
    public static func isRepositoryNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        isAlphanumeric(scalar) || scalar == "." || scalar == "_" || scalar == "-"
    }

    /// `AccountId`: exactly 12 ASCII digits.
    public static func isAccountId(_ text: String) -> Bool {
        text.unicodeScalars.count == 12 && text.unicodeScalars.allSatisfy(isDigit)
    }

    /// Longest package name, namespace or version, in characters.
    public static let maximumNameLength = 255

    /// `PackageName`/`PackageNamespace`/`PackageVersion`: `[^#/\s]+`, 1 to 255 characters.
    public static func isPackageName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= maximumNameLength && name.unicodeScalars.allSatisfy(isNameScalar)
    }

    /// A scalar that may appear in a package name, namespace or version.
    public static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        // ASCII first: the Unicode property lookup is the parser's hottest call on big plans.
        if scalar.isASCII {
            return scalar != "#" && scalar != "/" && !(scalar == " " || ("\t"..."\r").contains(scalar))
        }
        return !scalar.properties.isWhitespace
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

    /// An AWS region code: `us-east-1`, `us-gov-west-1`, `cn-north-1`, `eusc-de-east-1`.
    public static func isRegion(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 3, let number = parts.last, (1...2).contains(number.count),
            number.unicodeScalars.allSatisfy(isDigit), (2...4).contains(parts[0].count)
        else { return false }
        return parts.dropLast().allSatisfy { !$0.isEmpty && $0.unicodeScalars.allSatisfy(isLower) }
    }

    private static func isLower(_ scalar: Unicode.Scalar) -> Bool { ("a"..."z").contains(scalar) }
    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        isLower(scalar) || isDigit(scalar) || ("A"..."Z").contains(scalar)
    }
}
