import PruneManifest
import Testing

@testable import PruneEngine

@Suite("nuget: NuGetVersion, VersionComparer.Default")
struct NuGetOrderTests {
    // NuGet/NuGet.Client test/NuGet.Core.Tests/NuGet.Versioning.Test/VersionComparerTests.cs,
    // VersionComparisonDefaultEqual.
    @Test func defaultEqual() {
        VersionAssert.equal("1.0.0", "1.0.0", .nuget)
        VersionAssert.equal("1.0.0-BETA", "1.0.0-beta", .nuget)
        VersionAssert.equal("1.0.0-BETA+AA", "1.0.0-beta+aa", .nuget)
        VersionAssert.equal("1.0.0-BETA.X.y.5.77.0+AA", "1.0.0-beta.x.y.5.77.0+aa", .nuget)
    }

    // Same file, VersionComparisonDefaultLess.
    @Test func defaultLess() {
        let pairs: [(String, String)] = [
            ("0.0.0", "1.0.0"), ("1.0.0", "1.1.0"), ("1.0.0", "1.0.1"), ("1.999.9999", "2.1.1"),
            ("1.0.0-BETA", "1.0.0-beta2"), ("1.0.0-beta+AA", "1.0.0+aa"), ("1.0.0-BETA", "1.0.0-beta.1+AA"),
            ("1.0.0-BETA.X.y.5.77.0+AA", "1.0.0-beta.x.y.5.79.0+aa"),
            ("1.0.0-BETA.X.y.5.79.0+AA", "1.0.0-beta.x.y.5.790.0+abc"),
        ]
        for (low, high) in pairs {
            VersionAssert.less(low, high, .nuget)
        }
    }

    @Test func fourPartVersionsAndClassicTraps() {
        VersionAssert.equal("1.0.0.0", "1.0.0", .nuget)
        VersionAssert.equal("1", "1.0.0", .nuget)  // "1" becomes "1.0" for System.Version
        VersionAssert.equal("1.01.0", "1.1.0", .nuget)  // components are Int32s
        VersionAssert.equal(" 1.0.0 ", "1.0.0", .nuget)  // String.Trim first
        VersionAssert.less("1.0.0", "1.0.0.1", .nuget)
        VersionAssert.less("1.0.0.1", "1.0.1", .nuget)
        VersionAssert.less("1.9", "1.10", .nuget)
        VersionAssert.less("1.0.0-2", "1.0.0-10", .nuget)  // numeric labels numerically
        VersionAssert.less("1.0.0-99", "1.0.0-a", .nuget)  // and below alphanumeric ones
        VersionAssert.less("1.0.0-2147483648", "1.0.0-a", .nuget)  // past Int32: a string, but "2" < "A"
        VersionAssert.less("1.0.0-a.-5", "1.0.0-a.3", .nuget)  // int.TryParse("-5") is numeric
        VersionAssert.sortRestores(
            [
                "0.9", "1.0.0-alpha", "1.0.0-Alpha.1", "1.0.0-BETA.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0",
                "1.0.0.1", "1.0.1",
            ],
            .nuget)
        #expect(VersionAssert.order(.nuget).ruleName == "NuGet SemVer 2.0")
    }

    // NuGet/NuGet.Client src/NuGet.Core/NuGet.Versioning/NuGetVersionFactory.cs (TryParse),
    // SemanticVersionFactory.cs (ParseSections, IsValidPart) and System.Version.TryParse.
    @Test(arguments: [
        "", " ", "v1.0.0", "V1.0", "1.0.0.0.0", "1.0.0-", "1.0.0+", "1.0.0-01", "1.0.0-beta..1", "1.0.0-beta_1",
        "1..0", ".1", "1.", "-1.0", "+1.0", "1.0.0-+build", "1.0.0+a+b", "2147483648.0", "1.2147483648",
        "1.0.0-\u{E9}", "a.b", "1.0.0+build..1",
    ])
    func unparseable(version: String) {
        VersionAssert.unparseable(version, .nuget)
    }

    @Test(arguments: ["1", "1.0", "1.0.0", "1.0.0.0", "1.0.0-beta-1", "1.0.0+001", "2147483647.0", "1. 0", "1.0.0-0"])
    func parses(version: String) {
        VersionAssert.parses(version, .nuget)
    }
}
