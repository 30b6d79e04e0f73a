import PruneManifest
import Testing

@testable import PruneEngine

@Suite("generic: SemVer when every version parses, else natural order (docs/spec/manifest.md, Precise rules)")
struct GenericOrderTests {
    @Test func allSemVerUsesSemVer() {
        let versions = ["1.0.0-rc.1", "1.0.0", "1.10.0", "1.9.0"]
        let order = VersionOrder(format: .generic, packageVersions: versions)
        #expect(order.ruleName == "SemVer 2.0")
        #expect(order.format == .generic)
        // Under SemVer a prerelease is below its release; natural order would say the opposite.
        #expect(order.parse("1.0.0-rc.1")! < order.parse("1.0.0")!)
        // A string that is not SemVer is unparseable under this package's order.
        #expect(order.parse("build-9") == nil)
    }

    @Test func oneNonSemVerVersionSwitchesTheWholePackage() {
        let versions = ["1.0.0-rc.1", "1.0.0", "1.0"]
        let order = VersionOrder(format: .generic, packageVersions: versions)
        #expect(order.ruleName == "natural order")
        // Natural order: "1.0.0" runs out first against "1.0.0-rc.1", so it is the lower.
        #expect(order.parse("1.0.0")! < order.parse("1.0.0-rc.1")!)
        #expect(order.parse("anything at all") != nil)
    }

    @Test func emptyPackageIsSemVer() {
        #expect(VersionOrder(format: .generic, packageVersions: [String]()).ruleName == "SemVer 2.0")
    }

    static let natural = [
        "", "0", "00", "1", "01", "1.1", "1.01", "1.001", "1.2", "1.10", "1.10a", "1a", "build-9", "build-10",
        "build-010", "build-10-x", "build-99999999999999999999999", "build-100000000000000000000000", "build.1",
        "release", "\u{E9}", "\u{1F600}",
    ]

    @Test func naturalOrder() {
        VersionAssert.ascending(Self.natural, .generic)
        VersionAssert.sortRestores(Self.natural, .generic)
        let order = VersionOrder(format: .generic, packageVersions: Self.natural)
        #expect(order.ruleName == "natural order")
    }

    @Test func naturalOrderRules() {
        let order = VersionOrder(format: .generic, packageVersions: ["x"])
        func less(_ a: String, _ b: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
            #expect(order.parse(a)! < order.parse(b)!, "\(a) < \(b)", sourceLocation: sourceLocation)
            #expect(!(order.parse(b)! < order.parse(a)!), sourceLocation: sourceLocation)
        }
        less("build-9", "build-10")  // digit runs numerically
        less("1.9", "1.10")
        less("1.1", "1.01")  // equal otherwise: fewer leading zeros is the lower
        less("1.01.1", "1.1.2")  // ...but only when everything else is equal
        less("1.001.1", "1.01.9")  // a later run decides before zeros do
        less("1.01.1", "1.001.2")
        less("1", "a")  // a digit run is below a non-digit run
        less("1.0", "1.0.0")  // the string that runs out first is the lower
        less("A", "a")  // Unicode scalar order
        less("z", "\u{E9}")
        #expect(order.parse("1.01")! != order.parse("1.1")!)
        #expect(order.parse("1.1")! == order.parse("1.1")!)
    }
}
