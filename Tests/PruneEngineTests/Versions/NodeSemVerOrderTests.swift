import PruneManifest
import Testing

@testable import PruneEngine

@Suite("npm: node-semver, strict parse")
struct NodeSemVerOrderTests {
    // npm/node-semver test/fixtures/comparisons.js: [greater, lower]. The `loose` flags there
    // only matter for the leading `v`, which the strict FULL regex allows too.
    static let comparisons: [(String, String)] = [
        ("0.0.0", "0.0.0-foo"), ("0.0.1", "0.0.0"), ("1.0.0", "0.9.9"), ("0.10.0", "0.9.0"), ("0.99.0", "0.10.0"),
        ("2.0.0", "1.2.3"), ("v0.0.0", "0.0.0-foo"), ("v0.0.1", "0.0.0"), ("v1.0.0", "0.9.9"), ("v0.10.0", "0.9.0"),
        ("v0.99.0", "0.10.0"), ("v2.0.0", "1.2.3"), ("0.0.0", "v0.0.0-foo"), ("0.0.1", "v0.0.0"), ("1.0.0", "v0.9.9"),
        ("0.10.0", "v0.9.0"), ("0.99.0", "v0.10.0"), ("2.0.0", "v1.2.3"), ("1.2.3", "1.2.3-asdf"), ("1.2.3", "1.2.3-4"),
        ("1.2.3", "1.2.3-4-foo"), ("1.2.3-5-foo", "1.2.3-5"), ("1.2.3-5", "1.2.3-4"), ("1.2.3-5-foo", "1.2.3-5-Foo"),
        ("3.0.0", "2.7.2+asdf"), ("1.2.3-a.10", "1.2.3-a.5"), ("1.2.3-a.b", "1.2.3-a.5"), ("1.2.3-a.b", "1.2.3-a"),
        ("1.2.3-a.b.c.10.d.5", "1.2.3-a.b.c.5.d.100"), ("1.2.3-r2", "1.2.3-r100"), ("1.2.3-r100", "1.2.3-R2"),
    ]

    @Test func comparisonsFixture() {
        for (greater, lower) in Self.comparisons {
            VersionAssert.less(lower, greater, .npm)
        }
    }

    // npm/node-semver test/fixtures/equality.js, the entries that hold without `loose`.
    @Test func equalityFixture() {
        VersionAssert.equal("1.2.3-beta+build", "1.2.3-beta+otherbuild", .npm)
        VersionAssert.equal("1.2.3+build", "1.2.3+otherbuild", .npm)
        VersionAssert.equal("  v1.2.3+build", "1.2.3+otherbuild", .npm)
        VersionAssert.equal("1.2.3", "v1.2.3", .npm)
        VersionAssert.equal("1.2.3", " v1.2.3", .npm)
        VersionAssert.equal("1.2.3-0", "v1.2.3-0", .npm)
    }

    // npm/node-semver test/fixtures/equality.js, the entries that need `loose` (internal/re.js:
    // only LOOSEPLAIN has `[v=\s]*`; FULLPLAIN has `v?`), so the strict parse rejects them.
    @Test(arguments: ["=1.2.3", "v 1.2.3", "= 1.2.3", " =1.2.3", " v 1.2.3", " = 1.2.3", "=1.2.3-beta"])
    func looseOnlySpellingsAreUnparseable(version: String) {
        VersionAssert.unparseable(version, .npm)
    }

    // npm/node-semver test/fixtures/invalid-versions.js (MAX_LENGTH 256, MAX_SAFE_INTEGER
    // 2^53 - 1 from internal/constants.js), plus strict-regex rejections.
    @Test(arguments: [
        String(repeating: "1", count: 255) + ".0.0", "90071992547409910.0.0", "0.90071992547409910.0",
        "0.0.90071992547409910", "9007199254740992.0.0", "hello, world", "xyz", "V1.2.3", "vv1.2.3", "1.2", "1.2.3.4",
        "01.2.3", "1.2.3-01", "1.2.3beta", "1.2.3-", "1.2.3+",
    ])
    func invalidVersions(version: String) {
        VersionAssert.unparseable(version, .npm)
    }

    @Test func edgesThatParse() {
        VersionAssert.parses("9007199254740991.9007199254740991.9007199254740991", .npm)
        VersionAssert.parses("\u{FEFF}1.2.3\u{2028}", .npm)  // JavaScript's trim removes both
        VersionAssert.parses("1.2.3-" + String(repeating: "a", count: 250), .npm)  // 256 long
        VersionAssert.unparseable("1.2.3-" + String(repeating: "a", count: 251), .npm)  // 257 long
        VersionAssert.unparseable("\u{85}1.2.3", .npm)  // U+0085 is not JavaScript whitespace
        // Prerelease numbers past 2^53 compare exactly here (node-semver compares them as doubles).
        VersionAssert.less("1.0.0-9007199254740992", "1.0.0-9007199254740993", .npm)
    }

    @Test func classicTraps() {
        VersionAssert.ascending(SemVerOrderTests.specPrecedence, .npm)
        VersionAssert.less("1.9.0", "1.10.0", .npm)
        VersionAssert.sortRestores(
            [
                "0.0.0-foo", "0.0.0", "0.9.9", "1.2.3-4", "1.2.3-5", "1.2.3-5-Foo", "1.2.3-5-foo", "1.2.3-a", "1.2.3",
                "v2.0.0",
            ],
            .npm)
        #expect(VersionAssert.order(.npm).ruleName == "node-semver")
    }
}
