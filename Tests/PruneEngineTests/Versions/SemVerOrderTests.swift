import CodeArtifactModel
import PruneManifest
import Testing

@testable import PruneEngine

@Suite("SemVer 2.0 (cargo, swift; generic when every version is SemVer)")
struct SemVerOrderTests {
    // semver/semver.org, spec v2.0.0 §11 (precedence examples, items 2 and 4).
    static let specPrecedence = [
        "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11",
        "1.0.0-rc.1", "1.0.0", "2.0.0", "2.1.0", "2.1.1",
    ]

    @Test(arguments: [PackageFormat.cargo, .swift, .generic])
    func specPrecedenceExamples(format: PackageFormat) {
        VersionAssert.ascending(Self.specPrecedence, format)
        VersionAssert.sortRestores(Self.specPrecedence, format)
        #expect(VersionAssert.order(format, versions: Self.specPrecedence).ruleName == "SemVer 2.0")
    }

    @Test func numbersCompareNumerically() {
        VersionAssert.less("1.9.0", "1.10.0", .cargo)
        VersionAssert.less("1.0.9", "1.0.10", .swift)
        VersionAssert.less("1.0.0-rc.9", "1.0.0-rc.10", .cargo)
        // Numeric identifiers are below alphanumeric ones (§11.4.3), whatever the digits.
        VersionAssert.less("1.0.0-999", "1.0.0-a", .cargo)
        // ASCII order for alphanumeric identifiers: uppercase sorts first.
        VersionAssert.less("1.0.0-R2", "1.0.0-r100", .cargo)
    }

    @Test func buildMetadataIsIgnoredForPrecedence() {
        // semver.org §10: "1.0.0-alpha+001, 1.0.0+20130313144700, 1.0.0-beta+exp.sha.5114f85".
        VersionAssert.equal("1.0.0+20130313144700", "1.0.0", .cargo)
        VersionAssert.equal("1.0.0-alpha+001", "1.0.0-alpha", .swift)
        VersionAssert.equal("1.0.0-beta+exp.sha.5114f85", "1.0.0-beta+other", .cargo)
    }

    @Test func numbersBeyondSixtyFourBitsNeitherOverflowNorTrap() {
        VersionAssert.ascending(
            [
                "18446744073709551615.0.0", "18446744073709551616.0.0", "99999999999999999999.0.0",
                "100000000000000000000.0.0",
            ], .cargo)
        VersionAssert.less("1.0.0-18446744073709551616", "1.0.0-18446744073709551617", .cargo)
        VersionAssert.less("1.0.0-99999999999999999999999", "1.0.0-a", .cargo)
    }

    // semver/semver.org §2 (no leading zeros), §9 (identifiers [0-9A-Za-z-], non-empty,
    // numeric ones without leading zeros), §10 (build identifiers non-empty).
    @Test(arguments: [
        "", "1", "1.2", "1.2.3.4", "v1.2.3", "=1.2.3", " 1.2.3", "1.2.3 ", "01.2.3", "1.02.3", "1.2.03",
        "1.2.3-", "1.2.3-01", "1.2.3-beta..1", "1.2.3-beta_1", "1.2.3+", "1.2.3+build..1", "1.2.3+a+b", "1.2.-3",
        "-1.2.3", "1.2.3-é", "a.b.c", "1.2.3-beta.", "1.2.3.beta",
    ])
    func strictGrammarRejects(version: String) {
        VersionAssert.unparseable(version, .cargo)
        VersionAssert.unparseable(version, .swift)
    }

    @Test(arguments: [
        "0.0.0", "1.2.3", "1.2.3-0", "1.2.3-0a", "1.2.3-00a", "1.2.3--", "1.2.3-x-y-z.--", "1.2.3+01", "1.2.3+build.-",
        "1.0.0-alpha.1+001",
    ])
    func strictGrammarAccepts(version: String) {
        VersionAssert.parses(version, .cargo)
    }
}
