import CodeArtifactEmulator
import CodeArtifactModel
import Foundation
import Inventory
import Testing

@Suite struct GeneratorTests {
    static let now = Date(timeIntervalSince1970: 1_795_910_400)  // 2026-11-29T00:00:00Z

    @Test func sameSpecificationSameInventory() throws {
        let spec = try InventoryGenerator.parse("packages=120,versions=30,seed=7,now=2026-11-29T00:00:00Z")
        let first = spec.generate()
        #expect(first == spec.generate())
        #expect(first.versionCount == 120 * 30)
        var other = spec
        other.seed = 8
        #expect(other.generate() != first)
    }

    @Test func realisticVersionsPerFormat() throws {
        let inventory = try InventoryGenerator.parse("packages=400,versions=40,seed=1,now=2026-11-29T00:00:00Z")
            .generate()
        let packages = inventory.domains[0].repositories.flatMap(\.packages)
        func versions(_ format: PackageFormat) -> [String] {
            packages.filter { $0.format == format }.flatMap { $0.versions.map(\.version) }
        }
        #expect(versions(.npm).contains { $0.contains("-alpha.") } && versions(.npm).contains { $0.contains("-rc.") })
        #expect(versions(.maven).contains { $0.hasSuffix("-SNAPSHOT") })
        #expect(versions(.pypi).contains { $0.contains(".dev") } && versions(.pypi).contains { $0.contains("rc") })
        #expect(versions(.nuget).contains { $0.contains("-preview.") })
        #expect(versions(.nuget).contains { $0.split(separator: ".").count == 4 })
        #expect(versions(.cargo).contains { $0.contains("-") })
        #expect(packages.filter { $0.format == .maven }.allSatisfy { $0.namespace?.hasPrefix("com.acme.") == true })
        #expect(packages.filter { !$0.format.allowsNamespace }.allSatisfy { $0.namespace == nil })
        let repositories = Set(inventory.domains[0].repositories.map(\.name))
        #expect(repositories == ["npm-store", "maven-releases", "python-internal", "shared-store"])
        let all = packages.flatMap(\.versions)
        #expect(all.contains { $0.status == .unlisted } && all.contains { $0.status == .archived })
        #expect(all.contains { $0.origin == .external })
        let twoYears: TimeInterval = 2 * 366 * 86_400
        #expect(all.allSatisfy { ($0.publishedTime ?? .distantPast) <= Self.now })
        #expect(all.allSatisfy { ($0.publishedTime ?? .distantPast) >= Self.now - twoYears })
        // Versions come out in publishing order: release after pre-release of it.
        let npm = packages.first { $0.format == .npm && $0.versions.contains { $0.version.hasSuffix("-alpha.1") } }!
        let byTime = npm.versions.sorted { $0.publishedTime! < $1.publishedTime! }.map(\.version)
        let alpha = byTime.firstIndex { $0.hasSuffix("-alpha.1") }!
        let release = byTime.firstIndex { $0 == String(byTime[alpha].prefix { $0 != "-" }) }
        if let release { #expect(release > alpha) }
        // And the inventory reads back.
        #expect(try Inventory(jsonData: inventory.jsonData()) == inventory)
    }

    @Test func options() throws {
        let single = try InventoryGenerator.parse("packages=10,versions=3,formats=pypi+cargo,repository=store")
            .generate()
        #expect(single.domains[0].repositories.map(\.name) == ["store"])
        #expect(Set(single.domains[0].repositories[0].packages.map(\.format)).isSubset(of: [.pypi, .cargo]))
        for bad in [
            "packages=10", "versions=3", "packages=x,versions=1", "packages=1,versions=1,formats=gem", "size=3",
        ] {
            #expect(throws: EmulatorConfigurationError.self, "\(bad)") { try InventoryGenerator.parse(bad) }
        }
    }
}
