/// The service's patterns for names, shared by the inventory reader and the emulator's validation.
public enum InventoryNameRules {
    /// A domain name: `[a-z][a-z0-9\-]{0,48}[a-z0-9]`.
    public static func isDomainName(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 2, bytes.count <= 50 else { return false }
        func lowerOrDigit(_ byte: UInt8) -> Bool { isLower(byte) || isDigit(byte) }
        guard isLower(bytes[0]), lowerOrDigit(bytes[bytes.count - 1]) else { return false }
        return bytes.dropFirst().dropLast().allSatisfy { lowerOrDigit($0) || $0 == UInt8(ascii: "-") }
    }

    /// A repository name: `[A-Za-z0-9][A-Za-z0-9._\-]{1,99}`.
    public static func isRepositoryName(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 2, bytes.count <= 100 else { return false }
        func alphanumeric(_ byte: UInt8) -> Bool { isLower(byte) || isUpper(byte) || isDigit(byte) }
        guard alphanumeric(bytes[0]) else { return false }
        return bytes.dropFirst().allSatisfy {
            alphanumeric($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-")
        }
    }

    /// A package name, namespace or version: `[^#/\s]+`, 1 to 255 characters.
    public static func isPackageComponent(_ text: String) -> Bool {
        var count = 0
        for scalar in text.unicodeScalars {
            count += 1
            if count > 255 || scalar == "#" || scalar == "/" || isSpace(scalar) { return false }
        }
        return count >= 1
    }

    /// ``isPackageComponent(_:)`` on valid UTF-8 bytes (the inventory reader checks versions
    /// before making strings of them): the characters refused are ASCII, so bytes suffice, and
    /// characters are counted by their first bytes.
    static func isPackageComponent(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var count = 0
        for byte in bytes {
            if byte & 0xC0 != 0x80 { count += 1 }
            if byte == UInt8(ascii: "#") || byte == UInt8(ascii: "/") || isSpaceByte(byte) { return false }
        }
        return count >= 1 && count <= 255
    }

    /// ``isRevision(_:)`` on valid UTF-8 bytes.
    static func isRevision(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var count = 0
        for byte in bytes {
            if byte & 0xC0 != 0x80 { count += 1 }
            if isSpaceByte(byte) { return false }
        }
        return count >= 1 && count <= 50
    }

    /// A revision: `\S+`, 1 to 50 characters.
    public static func isRevision(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        return !scalars.isEmpty && scalars.count <= 50 && !scalars.contains(where: isSpace)
    }

    /// An account id: exactly 12 ASCII digits.
    public static func isAccountId(_ text: String) -> Bool {
        text.utf8.count == 12 && text.utf8.allSatisfy(isDigit)
    }

    /// Java's `\s`: space, tab, newline, vertical tab, form feed, carriage return.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: return true
        default: return false
        }
    }

    /// ``isSpace(_:)`` for a byte of valid UTF-8 (never part of a longer sequence when ASCII).
    private static func isSpaceByte(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }

    private static func isLower(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
    private static func isUpper(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
