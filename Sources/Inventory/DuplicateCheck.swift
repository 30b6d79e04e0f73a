/// Whether a list of strings may hold one twice, cheaply: a 64-bit hash of each string's
/// bytes, sorted, neighbours compared. Hashing a million versions with `Set<String>`
/// (SipHash, a table that grows) cost a tenth of the inventory's load.
///
/// "May": equal hashes say "check exactly" (`Set<String>`, which also knows Unicode
/// canonical equivalence), and so does any non-ASCII string, whose equal twins may differ in
/// their bytes. Distinct ASCII hashes prove there is no duplicate.
struct DuplicateCheck {
    private var hashes: [UInt64] = []
    private var sawNonASCII = false

    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            // FNV-1a: a few instructions a byte, enough spread for a few hundred short strings.
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            var high: UInt8 = 0
            for byte in bytes {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
                high |= byte
            }
            if high >= 0x80 { sawNonASCII = true }
            hashes.append(hash)
        }
    }

    /// True unless the strings are proven distinct.
    var mayHaveDuplicates: Bool {
        if sawNonASCII { return true }
        let sorted = hashes.sorted()
        return zip(sorted, sorted.dropFirst()).contains { $0 == $1 }
    }
}
