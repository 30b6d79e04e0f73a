/// A pattern list compiled once for matching many names: evaluating a plan matches every
/// version of every package against its targets' `select.versions` and `keep.versions`.
///
/// Matching through `PatternList` copied a `NamePattern` per pattern per name, and each copy
/// retained and released its source string, its glob's strings and token arrays: a quarter
/// of a million-version plan's CPU, where the byte comparisons themselves took under 2 %.
/// Here the common globs are plain values (`BytePattern`) over bytes this object owns, so a
/// match touches no reference count. Regular expressions and the general glob walk go to
/// the list's own `NamePattern`s, as before.
///
/// `@unchecked Sendable`: the buffers are written once in `init`, only read afterwards, and
/// freed with the object.
public final class PatternListMatcher: @unchecked Sendable {
    /// The list compiled: reasons quote its sources.
    public let list: PatternList
    private let inclusions: UnsafeMutableBufferPointer<BytePattern>
    private let exclusions: UnsafeMutableBufferPointer<BytePattern>
    /// Every needle's bytes, one after another; a pattern holds its offset and length.
    private let needles: UnsafeMutableBufferPointer<UInt8>
    /// Every character class's ranges, one after another, as for the needles.
    private let classRanges: UnsafeMutableBufferPointer<ClosedRange<UInt32>>

    /// Compiles `list`.
    public init(_ list: PatternList) {
        self.list = list
        var storage = BytePattern.Storage()
        let inclusions = list.inclusions.map { storage.compile($0) }
        let exclusions = list.exclusions.map { storage.compile($0) }
        self.inclusions = .copying(inclusions)
        self.exclusions = .copying(exclusions)
        needles = .copying(storage.needles)
        classRanges = .copying(storage.classRanges)
    }

    deinit {
        inclusions.deallocate()
        exclusions.deallocate()
        needles.deallocate()
        classRanges.deallocate()
    }

    /// False for a list of exclusions only (which includes every name it does not exclude).
    public var hasInclusions: Bool { !inclusions.isEmpty }

    /// The first inclusion and the first exclusion that match `name` (positions in the list's
    /// `inclusions` and `exclusions`), in one pass over its bytes.
    public func firstMatches(_ name: String) -> (inclusion: Int?, exclusion: Int?) {
        if let found = name.utf8.withContiguousStorageIfAvailable({ firstMatches(name, bytes: $0) }) {
            return found
        }
        // Native strings always have contiguous UTF-8; a bridged one is copied.
        let bytes = Array(name.utf8)
        return bytes.withUnsafeBufferPointer { firstMatches(name, bytes: $0) }
    }

    private func firstMatches(_ name: String, bytes: UnsafeBufferPointer<UInt8>) -> (
        inclusion: Int?, exclusion: Int?
    ) {
        let needles = UnsafeBufferPointer(needles)
        let classRanges = UnsafeBufferPointer(classRanges)
        // The list's own patterns are read only when a byte pattern cannot answer, so the
        // common case does not retain the list's arrays either.
        func first(_ patterns: UnsafeMutableBufferPointer<BytePattern>, excluding: Bool) -> Int? {
            for position in patterns.indices {
                let verdict = patterns[position].matches(bytes, needles: needles, classRanges: classRanges)
                if verdict ?? list.pattern(at: position, excluding: excluding).matchesIgnoringExclusion(name) {
                    return position
                }
            }
            return nil
        }
        return (first(inclusions, excluding: false), first(exclusions, excluding: true))
    }
}

extension PatternList {
    fileprivate func pattern(at position: Int, excluding: Bool) -> NamePattern {
        excluding ? exclusions[position] : inclusions[position]
    }
}

extension UnsafeMutableBufferPointer {
    /// A new buffer holding `elements` (trivial values), for the owner to deallocate.
    fileprivate static func copying(_ elements: [Element]) -> Self {
        let buffer = allocate(capacity: elements.count)
        _ = buffer.initialize(from: elements)
        return buffer
    }
}
