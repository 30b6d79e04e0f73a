import Foundation
import Inventory
import KeepLists
import Testing

/// Matching per format, pinned by the specifications' own examples.
@Suite("keep.listedIn: names and versions compare per format")
struct NormalisationTests {
    typealias World = KeepListWorld

    /// PEP 503: "Friendly-Bard", "FRIENDLY-BARD", "friendly.bard", "friendly_bard",
    /// "friendly--bard" and "FrIeNdLy-._.-bArD" are all the same project.
    @Test(arguments: [
        "Friendly-Bard", "FRIENDLY-BARD", "friendly.bard", "friendly_bard", "friendly--bard", "FrIeNdLy-._.-bArD",
    ])
    func pep503NamesAreOneProject(_ written: String) async throws {
        let world = try World()
        try world.write("requirements.txt", "\(written)==1.0\n")
        let result = try await world.plan(
            World.manifest(format: .pypi, listedIn: "requirements.txt"),
            [World.package(.pypi, nil, "friendly-bard", ["1.0", "0.9"])])
        #expect(result.listed == ["friendly-bard@1.0": "listed in requirements.txt:1"])
    }

    /// PEP 440: release segments compare with zero padding (`1.0` == `1.0.0`), leading zeros
    /// are ignored, `v` prefixes and case are normalised, and pre-release spellings too.
    @Test(arguments: [
        ("1.0", "1.0.0"), ("1.0.0", "1"), ("1.01", "1.1"), ("v1.0", "1.0"), ("1.0RC1", "1.0rc1"),
        ("1.0-alpha.1", "1.0a1"), ("1.0.post0", "1.0-0"), ("1!2.0", "1!2.0.0"),
    ])
    func pep440EqualVersionsMatch(_ written: String, _ stored: String) async throws {
        let world = try World()
        try world.write("requirements.txt", "pkg==\(written)\n")
        let result = try await world.plan(
            World.manifest(format: .pypi, listedIn: "requirements.txt"),
            [World.package(.pypi, nil, "pkg", [stored, "0.1"])])
        #expect(result.listed == ["pkg@\(stored)": "listed in requirements.txt:1"])
        #expect(result.acted == ["pkg@0.1"])
    }

    @Test func pep440DifferentVersionsDoNotMatch() async throws {
        let world = try World()
        try world.write("requirements.txt", "pkg==1.0\n")
        let result = try await world.plan(
            World.manifest(format: .pypi, listedIn: "requirements.txt"),
            [World.package(.pypi, nil, "pkg", ["1.0.1", "1.0+local", "1.0.dev0"])])
        #expect(result.listed.isEmpty)
    }

    /// NuGet's documented normalisation: `1.0` is `1.0.0`, `1.00` is `1.0.0`, `1.0.01.0` is
    /// `1.0.1`, `1.0.0.0` is `1.0.0`, prerelease labels compare case-insensitively, and
    /// build metadata is ignored (learn.microsoft.com, "Package versioning", normalized version numbers).
    @Test(arguments: [
        ("1.0", "1.0.0"), ("1.00", "1.0.0"), ("1.0.01.0", "1.0.1"), ("1.0.0.0", "1.0.0"),
        ("1.0.0-BETA", "1.0.0-beta"), ("1.0.0+githash", "1.0.0"),
    ])
    func nugetNormalisedVersionsMatch(_ written: String, _ stored: String) async throws {
        let world = try World()
        try world.write("deployed.purls", "pkg:nuget/Acme.Core@\(written)\n")
        let result = try await world.plan(
            World.manifest(format: .nuget, listedIn: "deployed.purls"),
            [World.package(.nuget, nil, "acme.core", [stored, "0.9.0"])])
        #expect(result.listed == ["acme.core@\(stored)": "listed in deployed.purls:1"])
        #expect(result.acted == ["acme.core@0.9.0"])
    }

    @Test func otherFormatsCompareExactly() async throws {
        let world = try World()
        try world.write("deployed.purls", "pkg:npm/UI-Kit@1.0\npkg:cargo/serde@1.0.0\n")
        let npm = try await world.plan(
            World.manifest(format: .npm, listedIn: "deployed.purls"),
            [World.package(.npm, nil, "ui-kit", ["1.0"]), World.package(.npm, nil, "UI-Kit", ["1.0.0"])])
        #expect(npm.listed.isEmpty)
    }

    @Test func entriesOfAnotherFormatProtectNothing() async throws {
        let world = try World()
        try world.write("deployed.purls", "pkg:npm/shared@1.0.0\npkg:pypi/shared@1.0.0\n")
        let cargo = try await world.plan(
            World.manifest(format: .cargo, listedIn: "deployed.purls"),
            [World.package(.cargo, nil, "shared", ["1.0.0"])])
        #expect(cargo.listed.isEmpty)
        #expect(cargo.acted == ["shared@1.0.0"])
    }

    /// Like every keep condition, a target's keep list protects for every target covering the package.
    @Test func aKeepListProtectsAcrossTargets() async throws {
        let world = try World()
        try world.write("deployed.purls", "pkg:npm/%40acme/ui-kit@1.0.0\n")
        let yaml = """
            version: 1
            defaults:
              domain: acme
              repository: repo1
            targets:
              - name: guard
                format: npm
                namespace: acme
                select:
                  versions: ["9.*"]
                keep:
                  listedIn: deployed.purls
                action: delete
                allowEmptyPackage: true
              - name: sweep
                format: npm
                action: delete
                allowEmptyPackage: true
            """
        let result = try await world.plan(yaml, [World.package(.npm, "acme", "ui-kit", ["1.0.0", "0.9.0"])])
        #expect(result.listed == ["acme/ui-kit@1.0.0": "listed in deployed.purls:1"])
        #expect(result.acted == ["acme/ui-kit@0.9.0"])
        #expect(result.document.kept.first { $0.version == "1.0.0" }?.target == "guard")
    }
}
