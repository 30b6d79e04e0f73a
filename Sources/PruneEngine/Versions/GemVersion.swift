/// A RubyGems version as `Gem::Version` parses and orders it (rubygems `lib/rubygems/version.rb`).
///
/// What parses is `ANCHORED_VERSION_PATTERN`,
/// `/\A\s*([0-9]+(?>\.[0-9a-zA-Z]+)*(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?)?\s*\z/`, with Ruby's
/// ASCII `\s` (space, `\t`, `\n`, `\v`, `\f`, `\r`). A blank string parses, as `0`, like
/// `Gem::Version.new("")`. No leading `v`.
///
/// Order: every `-` becomes `.pre.`, the string is cut into runs of digits (numbers, of any
/// size) and runs of letters; the segments before the first letter run and those from it on
/// each lose their trailing zeros (`canonical_segments`, so `1.0` == `1` and `1.0.a` ==
/// `1.a`); then segment by segment, a missing one counting as 0, a string below a number
/// (so `1.0.a` < `1.0`: any letter makes a prerelease), strings bytewise (case-sensitive).
struct GemVersion: Sendable {
    enum Segment: Sendable {
        case number(VersionNumber)
        case text([UInt8])
    }

    var segments: [Segment]

    static func parse(_ version: String) -> GemVersion? {
        VersionText.withBytes(version) { parse(bytes: $0) }
    }

    private static func isRubySpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }

    private static func parse(bytes: UnsafeBufferPointer<UInt8>) -> GemVersion? {
        var start = 0
        var end = bytes.count
        while start < end, isRubySpace(bytes[start]) { start += 1 }
        while end > start, isRubySpace(bytes[end - 1]) { end -= 1 }
        guard start < end else { return GemVersion(segments: []) }  // "" is version 0
        let body = bytes[start..<end]
        guard matchesPattern(body) else { return nil }

        var raw: [Segment] = []
        var index = body.startIndex
        while index < body.endIndex {
            let runStart = index
            if VersionText.isASCIIDigit(body[index]) {
                while index < body.endIndex, VersionText.isASCIIDigit(body[index]) { index += 1 }
                raw.append(.number(VersionNumber(asciiDigits: body[runStart..<index])))
            } else if VersionText.isASCIILetter(body[index]) {
                while index < body.endIndex, VersionText.isASCIILetter(body[index]) { index += 1 }
                raw.append(.text(Array(body[runStart..<index])))
            } else {
                if body[index] == UInt8(ascii: "-") { raw.append(.text(Array("pre".utf8))) }  // gsub("-", ".pre.")
                index += 1
            }
        }
        return GemVersion(segments: canonical(raw))
    }

    /// `[0-9]+(?>\.[0-9a-zA-Z]+)*(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?` over the whole slice.
    private static func matchesPattern(_ body: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var index = body.startIndex
        let end = body.endIndex
        let numberStart = index
        while index < end, VersionText.isASCIIDigit(body[index]) { index += 1 }
        guard index > numberStart else { return false }
        while index < end, body[index] == UInt8(ascii: ".") {
            index += 1
            let partStart = index
            while index < end, VersionText.isASCIIAlphanumeric(body[index]) { index += 1 }
            guard index > partStart else { return false }
        }
        guard index < end else { return true }
        guard body[index] == UInt8(ascii: "-") else { return false }
        index += 1
        while true {
            let partStart = index
            while index < end, VersionText.isASCIIAlphanumeric(body[index]) || body[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard index > partStart else { return false }
            guard index < end else { return true }
            guard body[index] == UInt8(ascii: ".") else { return false }
            index += 1
        }
    }

    /// `canonical_segments`: trailing zeros dropped from the numeric head and from the rest.
    private static func canonical(_ segments: [Segment]) -> [Segment] {
        let split =
            segments.firstIndex {
                if case .text = $0 { return true }
                return false
            } ?? segments.count
        return dropTrailingZeros(segments[..<split]) + dropTrailingZeros(segments[split...])
    }

    private static func dropTrailingZeros(_ segments: ArraySlice<Segment>) -> [Segment] {
        var result = Array(segments)
        while let last = result.last, case .number(let number) = last, number.isZero { result.removeLast() }
        return result
    }

    /// The leading numeric segments (20 bits each, three of them, 0 past the end). A string
    /// is below every number, so it counts as 0 and ends the summary.
    var head: UInt64 {
        var head = OrderHead()
        for index in 0..<3 {
            if index < segments.count, case .number(let number) = segments[index] {
                head.add(number, bits: 20)
            } else {
                if index < segments.count { head.stop() }
                head.add(0, bits: 20)
            }
        }
        return head.packed
    }

    static func compare(_ lhs: GemVersion, _ rhs: GemVersion) -> Ordering {
        let count = max(lhs.segments.count, rhs.segments.count)
        for index in 0..<count {
            let a = index < lhs.segments.count ? lhs.segments[index] : .number(.zero)
            let b = index < rhs.segments.count ? rhs.segments[index] : .number(.zero)
            switch (a, b) {
            case (.number(let x), .number(let y)): if x != y { return Ordering.of(x, y) }
            case (.text, .number): return .less
            case (.number, .text): return .greater
            case (.text(let x), .text(let y)):
                let order = Ordering.ofBytes(x, y)
                if order != .equal { return order }
            }
        }
        return .equal
    }
}
