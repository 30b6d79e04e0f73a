/// A SemVer 2.0 version: precedence per semver.org §11 (build metadata ignored).
///
/// Two parsers share this key:
/// - `parseStrict` (cargo, swift, generic): the semver.org grammar exactly — `MAJOR.MINOR.PATCH`,
///   numeric identifiers `0` or without leading zeros, prerelease and build identifiers
///   `[0-9A-Za-z-]+`, no leading `v`, no whitespace. Numbers of any size are accepted (the
///   spec sets no limit) and compared exactly.
/// - `parseNode` (npm): node-semver's strict (non-`loose`) `new SemVer(v)`: the string is at
///   most 256 UTF-16 units (`MAX_LENGTH`), is trimmed of JavaScript whitespace, must match
///   `^v?MAINVERSION PRERELEASE? BUILD?$` (`internal/re.js`, token `FULL`: a single lowercase
///   `v` is allowed, `=` is not — that is only in `LOOSE`), and major, minor and patch must
///   not exceed 2^53 - 1 (`MAX_SAFE_INTEGER`).
struct SemanticVersion: Sendable {
    var major: VersionNumber
    var minor: VersionNumber
    var patch: VersionNumber
    /// Empty for a release.
    var prerelease: [SemVerIdentifier]

    static let nodeMaxLength = 256
    static let nodeMaxSafeInteger: UInt64 = (1 << 53) - 1

    /// The semver.org grammar, nothing more.
    static func parseStrict(_ version: String) -> SemanticVersion? {
        VersionText.withBytes(version) { parse($0[...]) }
    }

    /// node-semver's `new SemVer(version)` without `loose`.
    static func parseNode(_ version: String) -> SemanticVersion? {
        guard version.utf16.count <= nodeMaxLength else { return nil }
        let trimmed = VersionText.trimming(version, where: VersionText.isJavaScriptWhitespace)
        let parsed: SemanticVersion? = VersionText.withBytes(trimmed) { bytes in
            var body = bytes[...]
            if body.first == UInt8(ascii: "v") { body = body.dropFirst() }
            return parse(body)
        }
        guard let parsed else { return nil }
        let limit = VersionNumber(nodeMaxSafeInteger)
        guard parsed.major <= limit, parsed.minor <= limit, parsed.patch <= limit else { return nil }
        return parsed
    }

    private static func parse(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> SemanticVersion? {
        var cursor = bytes.startIndex
        let end = bytes.endIndex

        func numeric() -> VersionNumber? {
            let start = cursor
            while cursor < end, VersionText.isASCIIDigit(bytes[cursor]) { cursor += 1 }
            let count = cursor - start
            guard count > 0, count == 1 || bytes[start] != UInt8(ascii: "0") else { return nil }
            return VersionNumber(asciiDigits: bytes[start..<cursor])
        }
        func expect(_ ascii: Unicode.Scalar) -> Bool {
            guard cursor < end, bytes[cursor] == UInt8(ascii: ascii) else { return false }
            cursor += 1
            return true
        }

        guard let major = numeric(), expect("."), let minor = numeric(), expect("."), let patch = numeric() else {
            return nil
        }
        var prerelease: [SemVerIdentifier] = []
        if expect("-") {
            while true {
                let start = cursor
                var allDigits = true
                while cursor < end, bytes[cursor] != UInt8(ascii: "."), bytes[cursor] != UInt8(ascii: "+") {
                    let byte = bytes[cursor]
                    guard VersionText.isASCIIAlphanumeric(byte) || byte == UInt8(ascii: "-") else { return nil }
                    if !VersionText.isASCIIDigit(byte) { allDigits = false }
                    cursor += 1
                }
                let identifier = bytes[start..<cursor]
                guard !identifier.isEmpty else { return nil }
                if allDigits {
                    // A numeric identifier must not include leading zeros (§9).
                    guard identifier.count == 1 || identifier.first != UInt8(ascii: "0") else { return nil }
                    prerelease.append(.numeric(VersionNumber(asciiDigits: identifier)))
                } else {
                    prerelease.append(.alphanumeric(String(decoding: identifier, as: UTF8.self)))
                }
                if !expect(".") { break }
            }
        }
        if expect("+") {
            while true {
                let start = cursor
                while cursor < end, bytes[cursor] != UInt8(ascii: ".") {
                    let byte = bytes[cursor]
                    guard VersionText.isASCIIAlphanumeric(byte) || byte == UInt8(ascii: "-") else { return nil }
                    cursor += 1
                }
                guard cursor > start else { return nil }
                if !expect(".") { break }
            }
        }
        guard cursor == end else { return nil }
        return SemanticVersion(major: major, minor: minor, patch: patch, prerelease: prerelease)
    }

    /// Major, minor and patch (20 bits each), then whether it is a release.
    var head: UInt64 {
        var head = OrderHead()
        head.add(major, bits: 20)
        head.add(minor, bits: 20)
        head.add(patch, bits: 20)
        head.add(prerelease.isEmpty ? 1 : 0, bits: 1)
        return head.packed
    }

    /// semver.org §11: major, minor, patch numerically; a prerelease below its release;
    /// prerelease identifiers one by one; a longer list above its prefix.
    static func compare(_ lhs: SemanticVersion, _ rhs: SemanticVersion) -> Ordering {
        if lhs.major != rhs.major { return Ordering.of(lhs.major, rhs.major) }
        if lhs.minor != rhs.minor { return Ordering.of(lhs.minor, rhs.minor) }
        if lhs.patch != rhs.patch { return Ordering.of(lhs.patch, rhs.patch) }
        switch (lhs.prerelease.isEmpty, rhs.prerelease.isEmpty) {
        case (true, true): return .equal
        case (true, false): return .greater
        case (false, true): return .less
        case (false, false):
            for (a, b) in zip(lhs.prerelease, rhs.prerelease) {
                let order = SemVerIdentifier.compare(a, b)
                if order != .equal { return order }
            }
            return Ordering.of(lhs.prerelease.count, rhs.prerelease.count)
        }
    }
}
