import CodeArtifactModel
import PruneManifest
import TestSupport
import Testing

@testable import PruneEngine

@Suite("Every order: a strict weak ordering, and no input traps")
struct VersionOrderPropertyTests {
    /// Pieces that make version-like strings likely to parse under several formats, plus junk.
    static let pieces = [
        "0", "1", "2", "9", "10", "01", "007", "123", "18446744073709551616", "99999999999999999999", ".", ".", ".",
        "-", "-", "+", "_", "!", "v", "V", "a", "b", "c", "rc", "alpha", "beta", "pre", "post", "dev", "r", "m",
        "snapshot", "SNAPSHOT", "sp", "ga", "final", "release", "cr", "milestone", "x", "Z", "foo", "build", " ", "\t",
        "\u{E9}", "\u{663}", "\u{1F600}", "\u{0}", "=", "~", "*",
    ]

    static func randomVersion(using generator: inout SeededGenerator) -> String {
        let shape = Int.random(in: 0..<4, using: &generator)
        if shape == 0 {
            // A plausible SemVer, so the SemVer-based orders get many parseable samples.
            var version = (0..<3).map { _ in String(Int.random(in: 0..<12, using: &generator)) }.joined(separator: ".")
            if Bool.random(using: &generator) {
                let labels = ["alpha", "beta", "rc", "1", "2", "10", "x-y", "A"]
                let count = Int.random(in: 1...3, using: &generator)
                version +=
                    "-" + (0..<count).map { _ in labels.randomElement(using: &generator)! }.joined(separator: ".")
            }
            if Int.random(in: 0..<4, using: &generator) == 0 { version += "+build.5" }
            return version
        }
        let count = Int.random(in: 0...8, using: &generator)
        return (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }

    /// The shapes real Maven versions have: numbers, then up to two `-N`, `-qualifier`,
    /// `qualifierN`, `.qualifierN` parts, a release qualifier (`final`) or a bare `.qualifier`
    /// only last. Maven 3.9 is transitive on these (also checked with Maven's own class on two
    /// samples of about 490 such versions, every triple); not on every string (`MavenLineTests`).
    static func randomMavenVersion(using generator: inout SeededGenerator) -> String {
        let qualifiers = ["alpha", "beta", "rc", "CR", "m", "milestone", "SNAPSHOT", "sp", "redhat", "jre", "b", "a"]
        let count = Int.random(in: 1...4, using: &generator)
        var version = (0..<count).map { _ in String(Int.random(in: 0...12, using: &generator)) }.joined(separator: ".")
        let parts = Int.random(in: 0...2, using: &generator)
        for part in 0..<parts {
            let isLast = part == parts - 1
            let choices = isLast ? qualifiers + ["final", "GA", "RELEASE"] : qualifiers
            let qualifier = choices.randomElement(using: &generator)!
            let number = String(Int.random(in: 0...12, using: &generator))
            switch Int.random(in: 0..<5, using: &generator) {
            case 0: version += "-\(Int.random(in: 1...12, using: &generator))"
            case 1: version += "-" + qualifier
            case 2: version += "-" + qualifier + number
            case 3: version += qualifier + number
            default: version += "." + qualifier + (isLast ? "" : number)
            }
        }
        return version
    }

    @Test(arguments: PackageFormat.allCases)
    func strictWeakOrdering(format: PackageFormat) {
        var generator = SeededGenerator(seed: 0x5EED_0000 + UInt64(format.rawValue.utf8.count))
        let strings = (0..<600).map { _ in
            format == .maven ? Self.randomMavenVersion(using: &generator) : Self.randomVersion(using: &generator)
        }
        // For generic, the package mixes SemVer and other strings, so this tests natural order;
        // the SemVer-only case is the cargo/swift rule, tested above.
        let order = VersionOrder(format: format, packageVersions: strings)
        let parsed = Array(strings.compactMap { order.parse($0) }.prefix(70))
        #expect(parsed.count >= 40, "enough samples parse as \(format): \(parsed.count)")
        Self.expectWeakOrder(parsed, transitive: true)
    }

    /// On any string Maven 3.9 still never says both `a < b` and `b < a`, and its `==` is
    /// an equivalence; only `<` can close a cycle.
    @Test func mavenOnAnyString() {
        var generator = SeededGenerator(seed: 0x5EED_3939)
        let strings = (0..<70).map { _ in Self.randomVersion(using: &generator) }
        let order = VersionOrder(format: .maven, packageVersions: strings)
        Self.expectWeakOrder(strings.compactMap { order.parse($0) }, transitive: false)
    }

    static func expectWeakOrder(_ parsed: [ParsedVersion], transitive: Bool) {
        for a in parsed {
            #expect(!(a < a), "irreflexive")
            for b in parsed {
                let less = a < b
                #expect(!(less && b < a), "asymmetric")
                #expect((a == b) == (!less && !(b < a)), "== agrees with <")
                for c in parsed {
                    if transitive && less && b < c { #expect(a < c, "transitive") }
                    if a == b && b == c { #expect(a == c, "equivalence is transitive") }
                }
            }
        }
    }

    /// The 64-bit head is a shortcut: where heads differ, the full comparison must agree.
    @Test(arguments: PackageFormat.allCases)
    func headAgreesWithFullComparison(format: PackageFormat) {
        var generator = SeededGenerator(seed: 0xC0FFEE)
        var strings = (0..<1_500).map { _ in Self.randomVersion(using: &generator) }
        strings += ["0", "1", "1.0", "1.0.0", "1.0.0.0", "1-0", "1.a", "1-a", "1.0a", "1.0.0-1", "1-1", "1.0.0+1"]
        strings += ["18446744073709551616.0.0", "1048575.0.0", "1048576.0.0", "65535.0", "65536.0", "16!1.0"]
        strings += ["1.2.3.4", "1.2.3.4.5", "1.2.3a1", "1.2.3.4a1", "1.0.dev1", "1.0.post1", "", " ", "a", "..", "."]
        let order = VersionOrder(format: format, packageVersions: strings)
        let parsed = strings.compactMap { order.parse($0) }
        var decided = 0
        for a in parsed {
            for b in parsed where a.head < b.head {
                decided += 1
                #expect(a.fullCompare(to: b) == .less)
            }
            #expect(a.fullCompare(to: a) == .equal)
        }
        #expect(decided > 0)
    }

    @Test(arguments: PackageFormat.allCases)
    func sortingRandomVersionsIsConsistent(format: PackageFormat) {
        var generator = SeededGenerator(seed: 99)
        let strings = (0..<2_000).map { _ in Self.randomVersion(using: &generator) }
        let order = VersionOrder(format: format, packageVersions: strings)
        let sorted = strings.compactMap { order.parse($0) }.sorted()
        for (low, high) in zip(sorted, sorted.dropFirst()) {
            #expect(!(high < low))
        }
    }

    /// Random bytes and scalars: parse returns nil or a value, comparisons never trap.
    @Test(arguments: PackageFormat.allCases)
    func fuzzNeverTraps(format: PackageFormat) {
        var generator = SeededGenerator(seed: 2_026)
        var strings: [String] = []
        for _ in 0..<3_000 {
            let length = Int.random(in: 0...40, using: &generator)
            var scalars = String.UnicodeScalarView()
            for _ in 0..<length {
                let pick = Int.random(in: 0..<10, using: &generator)
                let value: UInt32
                switch pick {
                case 0..<6: value = UInt32.random(in: 0x20...0x7E, using: &generator)
                case 6: value = UInt32.random(in: 0...0x1F, using: &generator)
                case 7: value = [0x30, 0x2E, 0x2D, 0x39, 0x31].randomElement(using: &generator)!
                case 8: value = UInt32.random(in: 0x80...0xFFFF, using: &generator)
                default: value = UInt32.random(in: 0x10000...0x10FFFF, using: &generator)
                }
                if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
            }
            strings.append(String(scalars))
        }
        strings += [
            String(repeating: "9", count: 300), String(repeating: "1.", count: 200), String(repeating: "-", count: 300),
        ]
        let order = VersionOrder(format: format, packageVersions: strings)
        let parsed = strings.compactMap { order.parse($0) }
        let sorted = parsed.sorted()
        #expect(sorted.count == parsed.count)
        if format == .maven || format == .generic {
            // Nearly everything parses under these two.
            #expect(parsed.count > strings.count / 2)
        }
    }
}
