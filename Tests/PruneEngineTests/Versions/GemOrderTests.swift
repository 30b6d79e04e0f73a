import PruneManifest
import Testing

@testable import PruneEngine

@Suite("ruby: Gem::Version")
struct GemOrderTests {
    // rubygems/rubygems test/rubygems/test_gem_version.rb, test_spaceship.
    @Test func spaceship() {
        VersionAssert.equal("1.0", "1.0.0", .ruby)
        VersionAssert.less("1.0.a", "1.0", .ruby)
        VersionAssert.less("0.0.0", "1.8.2", .ruby)
        VersionAssert.less("1.8.2.a", "1.8.2", .ruby)
        VersionAssert.less("1.8.2.a", "1.8.2.b", .ruby)
        VersionAssert.less("1.8.2.a9", "1.8.2.a10", .ruby)
        VersionAssert.equal("", "0", .ruby)
    }

    // Same file, test_initialize, test_equals2, test_initialize_bad.
    @Test func initialize() {
        for good in ["1.0", "1.0 ", " 1.0 ", "1.0\n", "\n1.0\n"] {
            VersionAssert.equal("1.0", good, .ruby)
        }
        VersionAssert.equal("1.2.b1", "1.2.b.1", .ruby)
        VersionAssert.unparseable("junk", .ruby)
        VersionAssert.unparseable("1.0\n2.0", .ruby)
    }

    // Same file, test_prerelease: a letter anywhere makes a prerelease, below the release.
    @Test func prereleases() {
        VersionAssert.less("1.2.0.a", "1.2.0", .ruby)
        VersionAssert.less("2.9.b", "2.9", .ruby)
        VersionAssert.less("22.1.50.0.d", "22.1.50", .ruby)
        VersionAssert.less("1.2.d.42", "1.2", .ruby)
        VersionAssert.less("1.A", "1", .ruby)
        VersionAssert.less("1.A", "1.a", .ruby)  // strings compare bytewise, case-sensitively
    }

    @Test func classicTraps() {
        VersionAssert.equal("1.0", "1", .ruby)
        VersionAssert.equal("1.0.a", "1.a", .ruby)  // trailing zeros of the numeric head go
        VersionAssert.less("1.9", "1.10", .ruby)
        VersionAssert.equal("1.0-beta", "1.0.pre.beta", .ruby)  // "-" reads as ".pre."
        VersionAssert.less("1.0-rc1", "1.0", .ruby)
        VersionAssert.less("1.0.99999999999999999999999", "1.0.100000000000000000000000", .ruby)
        VersionAssert.sortRestores(
            ["0", "0.1.a", "0.1", "1.0.a1", "1.0.a2", "1.0.b1", "1.0.rc1", "1", "1.0.1", "1.10"], .ruby)
        #expect(VersionAssert.order(.ruby).ruleName == "Gem::Version")
    }

    // rubygems lib/rubygems/version.rb, ANCHORED_VERSION_PATTERN.
    @Test(arguments: [
        "junk", "v1.0", "1.0+build", "1..0", "1.0.", ".1", "1.0-", "1.0-a..b", "1.0_1", "1.0\u{0}", "a.1", "1. 0",
        "1.0\u{A0}",
    ])
    func unparseable(version: String) {
        VersionAssert.unparseable(version, .ruby)
    }

    @Test(arguments: ["1", "1.a", "1.0.0.rc1", "1-a", "1-a-b.c-d", "1.0--1", "  \t", "1.0\u{B}"])
    func parses(version: String) {
        VersionAssert.parses(version, .ruby)
    }
}
