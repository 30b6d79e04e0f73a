import CodeArtifactEmulator
import Foundation
import Inventory
import PruneEngine
import Testing

@Suite("prune inventory against the emulator")
struct InventoryExportTests {
    @Test func exportEqualsTheServerState() async throws {
        let seed = try Harness.exampleInventory()
        try await Harness.withEmulator(seed) { server, session in
            let exported = try await InventoryExporter(session: session, pacer: nil, concurrency: 8).export(
                domain: "acme", domainOwner: "111122223333", repository: "npm-store", region: nil, format: nil,
                namespace: nil)
            let state = server.inventory().sorted()
            var expected = try #require(
                state.domains.first { $0.name == "acme" }?.repositories.first { $0.name == "npm-store" })
            // An export records no assets (the seed's are served by ListPackageVersionAssets).
            for package in expected.packages.indices {
                for version in expected.packages[package].versions.indices {
                    expected.packages[package].versions[version].assets = nil
                }
            }
            let repository = try #require(exported.domains.first?.repositories.first)
            #expect(repository == expected)
            #expect(exported.versionCount > 0)
            // Round trip through the file format.
            let reread = try Inventory(jsonData: exported.jsonData())
            #expect(reread == exported)
        }
    }

    @Test func namespaceFilterIsExact() async throws {
        try await Harness.withEmulator(try Harness.exampleInventory()) { _, session in
            let exported = try await InventoryExporter(session: session, pacer: nil, concurrency: 4).export(
                domain: "acme", domainOwner: nil, repository: "maven-releases", region: nil, format: "maven",
                namespace: "com.acme.platform")
            let packages = exported.domains.first?.repositories.first?.packages ?? []
            #expect(!packages.isEmpty)
            #expect(packages.allSatisfy { $0.namespace == "com.acme.platform" })
        }
    }
}
