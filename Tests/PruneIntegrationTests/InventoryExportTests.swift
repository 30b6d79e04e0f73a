import CodeArtifactEmulator
import Foundation
import Inventory
import PruneAWS
import PruneEngine
import Testing

@Suite("prune inventory against the emulator")
struct InventoryExportTests {
    /// Without `--sizes` the export records no assets; with it, every version's (a version the
    /// seed gives none has an empty list), one ListPackageVersionAssets call per version.
    @Test(arguments: [false, true])
    func exportEqualsTheServerState(sizes: Bool) async throws {
        let seed = try Harness.exampleInventory()
        try await Harness.withEmulator(seed) { server, session in
            let exported = try await InventoryExporter(
                session: session, pacer: nil, concurrency: 8, sizes: sizes
            ).export(
                domain: "acme", domainOwner: "111122223333", repository: "npm-store", region: nil, format: nil,
                namespace: nil)
            let state = server.inventory().sorted()
            var expected = try #require(
                state.domains.first { $0.name == "acme" }?.repositories.first { $0.name == "npm-store" })
            for package in expected.packages.indices {
                for version in expected.packages[package].versions.indices {
                    let assets = expected.packages[package].versions[version].assets
                    expected.packages[package].versions[version].assets = sizes ? (assets ?? []) : nil
                }
            }
            let repository = try #require(exported.domains.first?.repositories.first)
            #expect(repository == expected)
            let versions = expected.packages.reduce(0) { $0 + $1.versions.count }
            #expect(server.counters[.listPackageVersionAssets].requests == (sizes ? versions : 0))
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
