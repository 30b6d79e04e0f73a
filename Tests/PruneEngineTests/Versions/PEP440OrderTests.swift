import PruneManifest
import Testing

@testable import PruneEngine

@Suite("pypi: PEP 440 as packaging.version")
struct PEP440OrderTests {
    // pypa/packaging tests/test_version.py, VERSIONS ("This list must be in the correct sorting order").
    static let versions = [
        "1.0.dev0", "1.0.dev456", "1.0.dev456+local", "1.0a0", "1.0a0.post0.dev0", "1.0a0.post0", "1.0a1.dev1",
        "1.0a1.dev1+local", "1.0a1", "1.0a1+local", "1.0b0", "1.0b1.dev456", "1.0b2", "1.0b2.post345.dev456",
        "1.0b2.post345", "1.0b2-346", "1.0rc0", "1.0rc1.dev1", "1.0c1", "1.0rc2", "1.0", "1.0.post0.dev0",
        "1.0.post0", "1.0.post456.dev34", "1.0.post456", "1.0.post456+local", "1.0.1.dev1", "1.0.1a1", "1.0.1",
        "1.0.1+local", "1.0.1.post1", "1.1.dev1", "1.2+a", "1.2+abc", "1.2+abcdef", "1.2+def", "1.2+0", "1.2+1",
        "1.2+1.abc", "1.2+1.1", "1.2+1.1.0", "1.2+2", "1.2+123", "1.2+123456", "1.2.r32+123456", "1.2.rev33+123456",
        "1!1.0.dev0", "1!1.0.dev456", "1!1.0.dev456+local", "1!1.0a0", "1!1.0a0.post0.dev0", "1!1.0a0.post0",
        "1!1.0a1.dev1", "1!1.0a1.dev1+local", "1!1.0a1", "1!1.0a1+local", "1!1.0b0", "1!1.0b1.dev456", "1!1.0b2",
        "1!1.0b2.post345.dev456", "1!1.0b2.post345", "1!1.0b2-346", "1!1.0rc0", "1!1.0rc1.dev1", "1!1.0c1",
        "1!1.0rc2", "1!1.0", "1!1.0.post0.dev0", "1!1.0.post0", "1!1.0.post456.dev34", "1!1.0.post456",
        "1!1.0.post456+local", "1!1.0.1.dev1", "1!1.0.1a1", "1!1.0.1", "1!1.0.1+local", "1!1.0.1.post1",
        "1!1.1.dev1", "1!1.2+a", "1!1.2+abc", "1!1.2+abcdef", "1!1.2+def", "1!1.2+0", "1!1.2+1", "1!1.2+1.abc",
        "1!1.2+1.1", "1!1.2+1.1.0", "1!1.2+2", "1!1.2+123", "1!1.2+123456", "1!1.2.r32+123456", "1!1.2.rev33+123456",
    ]

    @Test func versionsListIsInOrder() {
        VersionAssert.ascending(Self.versions, .pypi)
        VersionAssert.sortRestores(Self.versions, .pypi)
        #expect(VersionAssert.order(.pypi).ruleName == "PEP 440")
    }

    // pypa/packaging tests/test_version.py, test_invalid_versions.
    @Test(arguments: [
        "french toast", "1.0+a+", "1.0++", "1.0+_foobar", "1.0+foo&asd", "1.0+1+1", "1. 0", "1 .0", "1. 0a1", "1 .0a1",
        "1.0 a1", "1.0a 1", "\u{660}\u{661}\u{662}.\u{663}\u{664}\u{665}.\u{666}\u{667}\u{668}\u{669}", ".", "..",
        "1..0", "1.0.", ".1.0", "1..2.3", "1.0+\u{130}", "lolwat", "", "1.0-", "1.0+", "1!", "!1.0",
    ])
    func invalidVersions(version: String) {
        VersionAssert.unparseable(version, .pypi)
    }

    // pypa/packaging tests/test_version.py, test_normalized_versions: each spelling equals its
    // normal form.
    static let normalized: [(String, String)] = [
        ("1.0dev", "1.0.dev0"), ("1.0.dev", "1.0.dev0"), ("1.0-dev1", "1.0.dev1"), ("1.0.DEV1", "1.0.dev1"),
        ("1.0a", "1.0a0"), ("1.0.a1", "1.0a1"), ("1.0-alpha1", "1.0a1"), ("1.0.ALPHA", "1.0a0"), ("1.0-B1", "1.0b1"),
        ("1.0beta", "1.0b0"), ("1.0.c1", "1.0rc1"), ("1.0-RC", "1.0rc0"), ("1.0post", "1.0.post0"),
        ("1.0-post1", "1.0.post1"), ("1.0r", "1.0.post0"), ("1.0rev", "1.0.post0"), ("1.0.r1", "1.0.post1"),
        ("1.0-5", "1.0.post5"), ("1.0-r5", "1.0.post5"), ("1.0-rev5", "1.0.post5"), ("1.0+AbC", "1.0+abc"),
        ("1.01", "1.1"), ("1.0a05", "1.0a5"), ("1.0c056", "1.0rc56"), ("1.0.post000", "1.0.post0"),
        ("1.1.dev09000", "1.1.dev9000"), ("00!1.2", "1.2"), ("0100!0.0", "100!0.0"), ("v1.0", "1.0"),
        ("   v1.0\t\n", "1.0"), ("\u{202F}1.0\t\u{2029}\n ", "1.0"), ("1.0rc1", "1.0c1"), ("1.0preview2", "1.0rc2"),
        ("1.0pre2", "1.0rc2"),
    ]

    @Test func normalizedSpellingsAreEqual() {
        for (spelling, normal) in Self.normalized {
            VersionAssert.equal(spelling, normal, .pypi)
        }
    }

    @Test func classicTraps() {
        VersionAssert.equal("1.0", "1.0.0", .pypi)
        VersionAssert.less("1.0", "1.0.post1", .pypi)
        VersionAssert.less("2.0", "1!0.1", .pypi)
        VersionAssert.less("1.9", "1.10", .pypi)
        VersionAssert.less("1.0.dev1", "1.0a1", .pypi)  // a dev release of a release is below its pre-releases
        VersionAssert.less("1.0a1.dev1", "1.0a1", .pypi)
        VersionAssert.equal("1.0+1_2", "1.0+1.2", .pypi)  // local separators are equivalent
        VersionAssert.equal("1.0+01", "1.0+1", .pypi)
        VersionAssert.less("1.0+abc", "1.0+0", .pypi)  // alphanumeric local segments below numeric
        VersionAssert.less("1.0", "1.0+0", .pypi)
        VersionAssert.less("1.0.99999999999999999999999", "1.0.100000000000000000000000", .pypi)
        VersionAssert.equal("1.0a.", "1.0a0", .pypi)  // `[._-]?` after the letter may end the string
        VersionAssert.equal("1.0.post.dev", "1.0.post0.dev0", .pypi)
    }
}
