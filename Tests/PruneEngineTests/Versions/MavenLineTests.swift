import PruneManifest
import Testing

@testable import PruneEngine

/// Shapes beyond `ComparableVersionTest`, each checked with `ComparableVersion` compiled from
/// apache/maven tag `maven-3.9.16` (javac, OpenJDK 17), and where noted against the Maven 4
/// line (apache/maven main, `compat/maven-artifact`), which orders them the other way round.
@Suite("maven: Maven 3.9 against Maven 4, and other shapes checked with javac")
struct MavenLineTests {
    // Issue 17: the first three are the other way round in Maven 4; the last two agree.
    static let issuePairs: [(String, String)] = [
        ("1-1", "1.final-2023"), ("1.0-alpha-2", "1.0-alpha.1"), ("2.0-beta-1", "2.0-beta.1"), ("1.0.RC1", "1.0-RC2"),
        ("1-ga-1", "1-1"),
    ]

    // More pairs Maven 4 orders the other way round.
    static let maven4Reverses: [(String, String)] = [
        // A `.N` after a qualifier is a number, above any `-N` or `N` sublist.
        ("1.0-alpha1", "1.0-alpha.1"), ("1.2.3-beta2", "1.2.3-beta.2"), ("1-rc-1", "1-rc.1"),
        // MNG-7714 (Maven 4 only): 3.9 drops `final` and compares `1.0-redhat` with `1.0-sp1-redhat`.
        ("1.0-sp1-redhat", "1.0.final-redhat"), ("1.0-sp-1-redhat", "1.0.final-redhat"),
        ("1.0-sp.1-redhat", "1.0.final-redhat"),
        // Character.isDigit: a non-ASCII decimal digit is a number in 3.9, a qualifier in 4.
        ("1", "\u{668}"), ("1.5", "1.\u{660}\u{660}\u{660}\u{660}\u{660}\u{660}\u{660}\u{660}\u{660}\u{660}1"),
        // A qualifier after `.` with more after it stays a top-level item, below any `-` sublist.
        ("2-sp", "2.0.0.alpha.1"),
    ]

    @Test func pairsMaven4Reverses() {
        for (low, high) in Self.issuePairs + Self.maven4Reverses {
            VersionAssert.less(low, high, .maven)
        }
    }

    static let equalPairs: [(String, String)] = [
        ("1.0.0-alpha1", "1.0.0-ALPHA1"), ("1.a", "1.A"), ("1.\u{E9}", "1.\u{C9}"), ("1-rc1", "1-rc-1"),
        ("1-rc1", "1.rc1"), ("1.0.RELEASE", "1"), ("1.0.0.Final", "1"), ("1.0-final", "1"), ("1-1.final", "1-1"),
        ("1.2.3-beta-2", "1.2.3-beta2"), ("0000000000", "0"), ("", "0"), ("-", ""),
    ]

    static let lessPairs: [(String, String)] = [
        ("J", "7"), ("c", "7"), ("\u{668}", "9"), ("aardvark", "zebra"),
        ("zebra", "\u{3B6}\u{3AD}\u{3B2}\u{3C1}\u{3B1}"),
        ("\u{E9}", "1"), ("\u{1D7E4}", "1"), ("1-SNAPSHOT", "1"), ("1", "1-sp"), ("1.9", "1.10"),
        ("1.0.99999999999999999999999999", "1.0.100000000000000000000000000"), ("2.5.RELEASE", "2.5.1"),
        ("1.0.0.rc1", "1.0.0-rc2"), ("x", "x\u{663}y1"),
        // A run of only zeros keeps its length, so ten zeros are a long item, above every int.
        ("1.0.1", "1.0000000000.1"), ("1.0000000000.1", "1.0000000000000000000.1"),
    ]

    @Test func moreShapes() {
        for (a, b) in Self.equalPairs {
            VersionAssert.equal(a, b, .maven)
        }
        for (low, high) in Self.lessPairs {
            VersionAssert.less(low, high, .maven)
        }
    }

    /// Maven 3.9 is not transitive everywhere: a version that ends is compared with a
    /// qualifier or a `-` sublist by the qualifier's rank against a release, while a
    /// qualifier is always below a sublist. `ComparableVersionTest` marks no case as
    /// non-transitive; these cycles are Maven's own answers, pair by pair.
    @Test func cyclesAsMavenHasThem() {
        for cycle in [["1-alpha", "1", "1.ga.1"], ["2.0.0.alpha.1", "2", "2-sp"]] {
            for (index, low) in cycle.enumerated() {
                VersionAssert.less(low, cycle[(index + 1) % cycle.count], .maven)
            }
        }
    }

    @Test func whatIsUnparseable() {
        // The one defensive bound kept from Maven 4 (`MAX_VERSION_LENGTH`): longer than 256
        // UTF-16 units. Maven 3.9 itself parses every string.
        VersionAssert.parses(String(repeating: "1.", count: 128), .maven)
        VersionAssert.unparseable(String(repeating: "1.", count: 128) + "1", .maven)
        for junk in ["", "-", ".", "..--..", "hello, world", "\u{1F600}", "1-+-2", "a-1-b-2", "x\u{663}y1"] {
            VersionAssert.parses(junk, .maven)
        }
    }
}
