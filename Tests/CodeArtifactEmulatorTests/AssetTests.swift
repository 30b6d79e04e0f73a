import CodeArtifactEmulator
import CodeArtifactModel
import Foundation
import Inventory
import Testing

/// ListPackageVersionAssets: served from the inventory's `assets`, paginated, validated like
/// the service; and the generator's assets per format.
@Suite struct AssetTests {
    /// One maven version with 150 assets (the service's most per version) and an npm version.
    static let inventory: Inventory = {
        var inventory = Fixtures.inventory
        let many = (0..<150).map { Inventory.Asset(name: String(format: "file-%03d.bin", $0), size: Int64($0 * 1_000)) }
        var maven = inventory.domains[0].repositories[1].packages[0]
        maven.versions[0].assets = many
        inventory.domains[0].repositories[1].packages[0] = maven
        inventory.domains[0].repositories[0].packages[0].versions[0].assets = [
            Inventory.Asset(name: "ui-kit-1.0.0.tgz", size: 123_456)
        ]
        return inventory
    }()

    static let core: [(String, String)] = [
        ("domain", "acme"), ("repository", "maven-releases"), ("format", "maven"), ("namespace", "com.acme.platform"),
        ("package", "core"), ("version", "1.0"),
    ]

    @Test func answersWithSizesAndDerivedHashes() async throws {
        try await Fixtures.withEmulator(Self.inventory) { client, _ in
            let answer = try await client.call(.listPackageVersionAssets, Fixtures.uiKit + [("version", "1.0.0")])
            #expect(answer.status == 200)
            #expect(answer.json["format"] as? String == "npm" && answer.json["namespace"] as? String == "acme")
            #expect(answer.json["package"] as? String == "ui-kit" && answer.json["version"] as? String == "1.0.0")
            #expect(answer.json["versionRevision"] as? String == "rev-1.0.0")
            let assets = answer.json["assets"] as? [[String: Any]] ?? []
            #expect(assets.count == 1)
            #expect(assets.first?["name"] as? String == "ui-kit-1.0.0.tgz")
            #expect((assets.first?["size"] as? NSNumber)?.int64Value == 123_456)
            let hash = (assets.first?["hashes"] as? [String: String])?["SHA-256"]
            #expect(hash?.count == 64)
            // Derived from name and size: the same on every run.
            let again = try await client.call(.listPackageVersionAssets, Fixtures.uiKit + [("version", "1.0.0")])
            #expect(
                ((again.json["assets"] as? [[String: Any]])?.first?["hashes"] as? [String: String])?["SHA-256"] == hash)
            #expect(answer.json["nextToken"] == nil)
            // A version the inventory records no assets for has none.
            let none = try await client.call(.listPackageVersionAssets, Fixtures.uiKit + [("version", "1.1.0")])
            #expect(none.status == 200 && (none.json["assets"] as? [Any])?.isEmpty == true)
        }
    }

    @Test func paginatesManyAssets() async throws {
        try await Fixtures.withEmulator(Self.inventory) { client, _ in
            var names: [String] = []
            var token: String?
            var pages = 0
            repeat {
                let page = try await client.call(
                    .listPackageVersionAssets,
                    Self.core + [("max-results", "40")] + (token.map { [("next-token", $0)] } ?? []))
                #expect(page.status == 200)
                names += (page.json["assets"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
                token = page.json["nextToken"] as? String
                pages += 1
            } while token != nil && pages < 10
            #expect(pages == 4)
            #expect(names == (0..<150).map { String(format: "file-%03d.bin", $0) })
        }
    }

    @Test func validatesLikeTheService() async throws {
        try await Fixtures.withEmulator(Self.inventory) { client, _ in
            let tooMany = try await client.call(.listPackageVersionAssets, Self.core + [("max-results", "1001")])
            #expect(tooMany.status == 400 && tooMany.errorType == "ValidationException")
            let zero = try await client.call(.listPackageVersionAssets, Self.core + [("max-results", "0")])
            #expect(zero.status == 400)
            let noVersion = try await client.call(.listPackageVersionAssets, Fixtures.uiKit)
            #expect(noVersion.status == 400)
            let missing = try await client.call(.listPackageVersionAssets, Fixtures.uiKit + [("version", "9.9.9")])
            #expect(missing.status == 404 && missing.errorType == "ResourceNotFoundException")
            #expect(missing.json["resourceType"] as? String == "package-version")
            let badToken = try await client.call(.listPackageVersionAssets, Self.core + [("next-token", "bm9wZQ")])
            #expect(badToken.status == 400)
            #expect(client.server.counters[.listPackageVersionAssets].requests == 5)
        }
    }

    @Test func generatorGivesRealisticAssetsPerFormat() throws {
        let inventory = try InventoryGenerator.parse("packages=300,versions=10,seed=5,now=2026-11-29T00:00:00Z")
            .generate()
        let packages = inventory.domains[0].repositories.flatMap(\.packages)
        func names(_ format: PackageFormat) -> [String] {
            packages.filter { $0.format == format }.flatMap { $0.versions.flatMap { ($0.assets ?? []).map(\.name) } }
        }
        #expect(packages.allSatisfy { $0.versions.allSatisfy { ($0.assets?.isEmpty == false) } })
        #expect(
            names(.maven).contains { $0.hasSuffix("-sources.jar") } && names(.maven).contains { $0.hasSuffix(".pom") })
        #expect(names(.npm).allSatisfy { $0.hasSuffix(".tgz") })
        #expect(names(.pypi).contains { $0.hasSuffix(".whl") } && names(.pypi).contains { $0.hasSuffix(".tar.gz") })
        #expect(names(.nuget).allSatisfy { $0.hasSuffix(".nupkg") })
        #expect(names(.cargo).allSatisfy { $0.hasSuffix(".crate") })
        // Sizes spread over orders of magnitude.
        let sizes = packages.flatMap { $0.versions.compactMap(\.size) }
        #expect((sizes.min() ?? 0) < 100_000 && (sizes.max() ?? 0) > 10_000_000)
        // Seeded: the same specification gives the same assets.
        let again = try InventoryGenerator.parse("packages=300,versions=10,seed=5,now=2026-11-29T00:00:00Z").generate()
        #expect(again == inventory)
        let bare = try InventoryGenerator.parse("packages=30,versions=5,seed=5,assets=off").generate()
        #expect(
            bare.domains[0].repositories.allSatisfy {
                $0.packages.allSatisfy { $0.versions.allSatisfy { $0.assets == nil } }
            })
    }

    @Test func ownQuotaOfARead() {
        #expect(EmulatorQuotas.aws.operations[.listPackageVersionAssets]?.rate == 200)
        #expect(!EmulatorOperation.listPackageVersionAssets.isWrite)
    }
}
