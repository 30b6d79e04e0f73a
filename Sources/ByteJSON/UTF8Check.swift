/// UTF-8 validation for the JSON readers (``JSONCursor``, the inventory's located
/// `JSONSyntax`): one definition of "valid", so the fast path never accepts a byte the located
/// check refuses.
public enum UTF8Check {
    /// Length of a valid multi-byte UTF-8 sequence at `start` (shortest form, no surrogates,
    /// at most U+10FFFF), else nil.
    @inlinable
    public static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        let lead = bytes[start]
        let (length, minimum): (Int, UInt32)
        switch lead {
        case 0xC2...0xDF: (length, minimum) = (2, 0x80)
        case 0xE0...0xEF: (length, minimum) = (3, 0x800)
        case 0xF0...0xF4: (length, minimum) = (4, 0x10000)
        default: return nil
        }
        guard start + length <= bytes.count else { return nil }
        var scalar = UInt32(lead) & (0xFF >> (length + 1))
        for offset in 1..<length {
            let byte = bytes[start + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            scalar = scalar << 6 | UInt32(byte & 0x3F)
        }
        guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else { return nil }
        return length
    }
}
