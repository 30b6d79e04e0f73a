import PruneManifest
import Testing

@testable import PruneEngine

@Suite("maven: ComparableVersion (Maven 3.9)")
struct MavenOrderTests {
    // apache/maven maven-artifact/src/test/java/org/apache/maven/artifact/versioning/
    // ComparableVersionTest.java at tag maven-3.9.16, VERSIONS_QUALIFIER (ascending).
    static let versionsQualifier = [
        "1-alpha2snapshot", "1-alpha2", "1-alpha-123", "1-beta-2", "1-beta123", "1-m2", "1-m11", "1-rc", "1-cr2",
        "1-rc123", "1-SNAPSHOT", "1", "1-sp", "1-sp2", "1-sp123", "1-abc", "1-def", "1-pom-1", "1-1-snapshot", "1-1",
        "1-2", "1-123",
    ]

    // Same file and tag, VERSIONS_NUMBER (ascending).
    static let versionsNumber = [
        "2.0", "2.0.a", "2-1", "2.0.2", "2.0.123", "2.1.0", "2.1-a", "2.1b", "2.1-c", "2.1-1", "2.1.0.1", "2.2",
        "2.123", "11.a2", "11.a11", "11.b2", "11.b11", "11.m2", "11.m11", "11", "11.a", "11b", "11c", "11m",
    ]

    @Test func versionsQualifierList() {
        VersionAssert.ascending(Self.versionsQualifier, .maven)
        VersionAssert.sortRestores(Self.versionsQualifier, .maven)
    }

    @Test func versionsNumberList() {
        VersionAssert.ascending(Self.versionsNumber, .maven)
        VersionAssert.sortRestores(Self.versionsNumber, .maven, seed: 7)
        #expect(VersionAssert.order(.maven).ruleName == "Maven ComparableVersion")
    }

    // Same file and tag, testVersionsEqual and testLocaleIndependent.
    static let equalPairs: [(String, String)] = [
        ("1", "1"), ("1", "1.0"), ("1", "1.0.0"), ("1.0", "1.0.0"), ("1", "1-0"), ("1", "1.0-0"), ("1.0", "1.0-0"),
        ("1a", "1-a"), ("1a", "1.0-a"), ("1a", "1.0.0-a"), ("1.0a", "1-a"), ("1.0.0a", "1-a"), ("1x", "1-x"),
        ("1x", "1.0-x"), ("1x", "1.0.0-x"), ("1.0x", "1-x"), ("1.0.0x", "1-x"), ("1ga", "1"), ("1release", "1"),
        ("1final", "1"), ("1cr", "1rc"), ("1a1", "1-alpha-1"), ("1b2", "1-beta-2"), ("1m3", "1-milestone-3"),
        ("1X", "1x"), ("1A", "1a"), ("1B", "1b"), ("1M", "1m"), ("1Ga", "1"), ("1GA", "1"), ("1RELEASE", "1"),
        ("1release", "1"), ("1RELeaSE", "1"), ("1Final", "1"), ("1FinaL", "1"), ("1FINAL", "1"), ("1Cr", "1Rc"),
        ("1cR", "1rC"), ("1m3", "1Milestone3"), ("1m3", "1MileStone3"), ("1m3", "1MILESTONE3"),
        ("1-abcdefghijklmnopqrstuvwxyz", "1-ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    ]

    @Test func equalVersions() {
        for (a, b) in Self.equalPairs {
            VersionAssert.equal(a, b, .maven)
        }
    }

    // Same file and tag, testVersionComparing.
    static let lessPairs: [(String, String)] = [
        ("1", "2"), ("1.5", "2"), ("1", "2.5"), ("1.0", "1.1"), ("1.1", "1.2"), ("1.0.0", "1.1"), ("1.0.1", "1.1"),
        ("1.1", "1.2.0"), ("1.0-alpha-1", "1.0"), ("1.0-alpha-1", "1.0-alpha-2"), ("1.0-alpha-1", "1.0-beta-1"),
        ("1.0-beta-1", "1.0-SNAPSHOT"), ("1.0-SNAPSHOT", "1.0"), ("1.0-alpha-1-SNAPSHOT", "1.0-alpha-1"),
        ("1.0", "1.0-1"), ("1.0-1", "1.0-2"), ("1.0.0", "1.0-1"), ("2.0-1", "2.0.1"), ("2.0.1-klm", "2.0.1-lmn"),
        ("2.0.1", "2.0.1-xyz"), ("2.0.1", "2.0.1-123"), ("2.0.1-xyz", "2.0.1-123"),
    ]

    @Test func lessVersions() {
        for (low, high) in Self.lessPairs {
            VersionAssert.less(low, high, .maven)
        }
    }

    // Same file and tag, the MNG issue tests. MNG-5568 and MNG-6572 are its transitivity
    // cases: every pair of each list is checked, as `checkVersionsOrder` does.
    @Test func mngIssues() {
        // MNG-5568: transitivity with an unusual qualifier in the middle.
        VersionAssert.ascending(["6.1.0rc3", "6.1.0", "6.1H.5-beta"], .maven)
        // MNG-6572: long numbers (int, long, BigInteger items).
        VersionAssert.ascending(
            ["20190126.230843", "1234567890.12345", "123456789012345.1H.5-beta", "12345678901234567890.1H.5-beta"],
            .maven)
        // MNG-6964: "1-0.alpha" and "1-0.beta" below "1", and ordered.
        VersionAssert.ascending(["1-0.alpha", "1-0.beta", "1"], .maven)
        // MNG-7644: 1.0.0.X1 < 1.0.0-X2, and 2-X == 2.0.X == 2.0.0.X, for any string X.
        for x in ["abc", "alpha", "a", "beta", "b", "def", "milestone", "m", "RC"] {
            VersionAssert.less("1.0.0.\(x)1", "1.0.0-\(x)2", .maven)
            VersionAssert.equal("2-\(x)", "2.0.\(x)", .maven)
            VersionAssert.equal("2-\(x)", "2.0.0.\(x)", .maven)
            VersionAssert.equal("2.0.\(x)", "2.0.0.\(x)", .maven)
        }
    }

    // Same file and tag, testVersionEqualWithLeadingZeroes / testVersionZeroEqualWithLeadingZeroes.
    // Each array is compared against itself, every pair, as `checkVersionsArrayEqual` does.
    @Test func leadingZeroes() {
        let ones = (1...19).map { String(repeating: "0", count: $0 - 1) + "1" }
        let zeros = (1...19).map { String(repeating: "0", count: $0) }
        for array in [ones, zeros] {
            for (i, a) in array.enumerated() {
                for b in array[i...] {
                    VersionAssert.equal(a, b, .maven)
                }
            }
        }
    }
}
