/// One pattern of a `PatternListMatcher` as a plain value (no reference counted parts): an
/// exact name or one of the glob shapes `GlobPattern.Shape` matches on UTF-8 bytes, with its
/// bytes kept in the matcher's storage. Anything else is `.other`, answered by the pattern.
struct BytePattern {
    enum Kind {
        /// No wildcard: the name's bytes are the needle's.
        case exact
        /// `lit*`, `*lit`, `*lit*`.
        case prefix, suffix, contains
        /// `*[...]`: the last character is in the class (`lastNotIn`: `*[!...]`, is not).
        case lastIn, lastNotIn
        /// A regular expression or a glob the general walk matches.
        case other
    }

    var kind: Kind
    /// Where the needle's bytes (or the class's ranges) start in the matcher's storage.
    var start: Int
    /// How many bytes (or ranges) there are.
    var count: Int

    /// Whether `name` matches, exactly as `GlobPattern.matches` says; nil when the pattern
    /// itself must answer (`.other`, or a class against a non-ASCII last character, which
    /// would need decoding).
    func matches(
        _ name: UnsafeBufferPointer<UInt8>, needles: UnsafeBufferPointer<UInt8>,
        classRanges: UnsafeBufferPointer<ClosedRange<UInt32>>
    ) -> Bool? {
        switch kind {
        case .exact: return name.count == count && Self.equal(name, at: 0, needle(in: needles))
        case .prefix: return name.count >= count && Self.equal(name, at: 0, needle(in: needles))
        case .suffix: return name.count >= count && Self.equal(name, at: name.count - count, needle(in: needles))
        case .contains: return Self.contains(name, needle(in: needles))
        case .lastIn, .lastNotIn:
            guard let last = name.last else { return false }
            guard last < 0x80 else { return nil }
            let inClass = classRanges[start..<start + count].contains { $0.contains(UInt32(last)) }
            return inClass != (kind == .lastNotIn)
        case .other: return nil
        }
    }

    private func needle(in needles: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: needles[start..<start + count])
    }

    private static func equal(
        _ name: UnsafeBufferPointer<UInt8>, at offset: Int, _ needle: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        for index in needle.indices where name[offset + index] != needle[index] { return false }
        return true
    }

    private static func contains(_ name: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first else { return true }
        guard name.count >= needle.count else { return false }
        for offset in 0...(name.count - needle.count) where name[offset] == first {
            if equal(name, at: offset, needle) { return true }
        }
        return false
    }

    /// The bytes and ranges of a matcher's patterns, gathered while compiling them.
    struct Storage {
        var needles: [UInt8] = []
        var classRanges: [ClosedRange<UInt32>] = []

        /// `pattern` as a byte pattern, its bytes appended here.
        mutating func compile(_ pattern: NamePattern) -> BytePattern {
            guard case .glob(let glob) = pattern.matcher else { return BytePattern(kind: .other, start: 0, count: 0) }
            if let exact = glob.exact { return needle(.exact, Array(exact.utf8)) }
            switch glob.shape {
            case .general: return BytePattern(kind: .other, start: 0, count: 0)
            case .prefix(let bytes): return needle(.prefix, bytes)
            case .suffix(let bytes): return needle(.suffix, bytes)
            case .contains(let bytes): return needle(.contains, bytes)
            case .lastIn(let characterClass):
                let start = classRanges.count
                classRanges += characterClass.members
                return BytePattern(
                    kind: characterClass.negated ? .lastNotIn : .lastIn, start: start,
                    count: characterClass.members.count)
            }
        }

        private mutating func needle(_ kind: Kind, _ bytes: [UInt8]) -> BytePattern {
            let start = needles.count
            needles += bytes
            return BytePattern(kind: kind, start: start, count: bytes.count)
        }
    }
}
