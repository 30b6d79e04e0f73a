extension JSONCursor {
    /// Keys that ``uniqueKeyObject(_:)`` remembers before declining (the service's answers
    /// have at most six).
    @inlinable
    public static var maximumUniqueKeys: Int { 32 }

    /// Walks an object as ``object(_:)`` does, but declines one that repeats a key, for
    /// readers that must not guess which of two values `JSONDecoder` would keep. Keys are
    /// compared by their bytes, so non-ASCII keys are declined too: Swift's `String`, which
    /// `JSONDecoder` compares keys as, holds canonically equivalent text equal, and bytes do
    /// not. Values skipped inside are not checked (only keys read by `member` matter).
    @inlinable
    public mutating func uniqueKeyObject(_ member: (inout JSONCursor, Range<Int>) -> Bool) -> Bool {
        // On the stack: a list page reads three objects a version, and this costs no allocation.
        withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: Self.maximumUniqueKeys) { seen in
            var count = 0
            return object { cursor, key in
                guard count < seen.count, cursor.isASCII(key) else { return false }
                for earlier in 0..<count where cursor.same(seen[earlier], key) { return false }
                seen.initializeElement(at: count, to: key)
                count += 1
                return member(&cursor, key)
            }
        }
    }

    /// A string, or `null` read as nil (what `decodeIfPresent` gives); false when the value
    /// is neither.
    @inlinable
    public mutating func stringOrNull(into value: inout String?) -> Bool {
        if null() {
            value = nil
            return true
        }
        guard let text = stringValue() else { return false }
        value = text
        return true
    }

    @inlinable
    func isASCII(_ range: Range<Int>) -> Bool {
        for position in range where bytes[position] >= 0x80 { return false }
        return true
    }

    @inlinable
    func same(_ first: Range<Int>, _ second: Range<Int>) -> Bool {
        guard first.count == second.count else { return false }
        for offset in 0..<first.count where bytes[first.lowerBound + offset] != bytes[second.lowerBound + offset] {
            return false
        }
        return true
    }
}
