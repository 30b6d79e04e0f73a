import Foundation
import Inventory
import Testing

@Suite struct ExampleInventoryTests {
    static let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples/inventory.json")

    @Test func theExampleReadsAndIsWrittenCanonically() throws {
        let inventory = try Inventory(contentsOf: Self.url)
        #expect(inventory.domains.map(\.name) == ["acme"] && inventory.domains[0].owner == "111122223333")
        let repositories = Dictionary(uniqueKeysWithValues: inventory.domains[0].repositories.map { ($0.name, $0) })
        #expect(Set(repositories.keys) == ["npm-store", "maven-releases", "python-internal", "shared-store"])
        let npm = try #require(repositories["npm-store"]).packages
        #expect(
            Set(npm.map(\.name)) == ["ui-kit", "ui-legacy", "ui-icons"] && npm.allSatisfy { $0.namespace == "acme" })
        let all = inventory.domains[0].repositories.flatMap(\.packages).flatMap(\.versions)
        #expect(all.contains { $0.status == .unlisted } && all.contains { $0.status == .archived })
        #expect(
            all.allSatisfy { ($0.publishedTime ?? .distantFuture) < InventoryTimestamp.parse("2026-11-29T00:00:00Z")! })
        // The file is exactly what the writer produces: byte-identical round trip.
        #expect(inventory.jsonData() == (try Data(contentsOf: Self.url)))
    }
}
