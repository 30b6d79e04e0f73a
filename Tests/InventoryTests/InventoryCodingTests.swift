import Foundation
import Inventory
import Testing

@Suite struct InventoryCodingTests {
    static let sample = """
        {
          "inventoryVersion": 1,
          "generator": {"name": "a future field nobody reads yet"},
          "domains": [
            {"name": "acme", "owner": "111122223333", "color": "blue",
             "repositories": [
               {"name": "npm-store",
                "packages": [
                  {"format": "npm", "namespace": "acme", "name": "ui-kit",
                   "versions": [
                     {"version": "1.0.0", "status": "Published", "revision": "Zm9vYmFy",
                      "publishedTime": "2026-01-01T00:00:00Z", "origin": "INTERNAL", "size": 3},
                     {"version": "0.9.0-beta.1", "status": "Unlisted",
                      "publishedTime": "2019-12-27T21:14:21.09Z", "origin": "EXTERNAL"}
                   ]},
                  {"format": "pypi", "name": "acme-tools", "versions": []}
                ]}
             ]}
          ]
        }
        """

    @Test func decodesTheProductExampleIgnoringUnknownKeys() throws {
        let inventory = try Inventory(jsonData: Data(Self.sample.utf8))
        #expect(inventory.inventoryVersion == 1)
        let domain = try #require(inventory.domains.first)
        #expect(domain.name == "acme" && domain.owner == "111122223333")
        let package = domain.repositories[0].packages[0]
        #expect(package.format == .npm && package.namespace == "acme" && package.name == "ui-kit")
        #expect(package.versions[0].revision == "Zm9vYmFy")
        #expect(package.versions[0].publishedTime == Date(timeIntervalSince1970: 1_767_225_600))
        #expect(package.versions[1].status == .unlisted && package.versions[1].origin == .external)
        #expect(package.versions[1].revision == nil)
        #expect(domain.repositories[0].packages[1].namespace == nil)
        #expect(inventory.versionCount == 2)
    }

    @Test func roundTripIsStableAndCanonical() throws {
        let inventory = try Inventory(jsonData: Data(Self.sample.utf8))
        let first = inventory.jsonData()
        let again = try Inventory(jsonData: first)
        #expect(again == inventory.sorted())
        #expect(again.jsonData() == first)
        let text = String(decoding: first, as: UTF8.self)
        // Unknown keys are not written back; absent optionals are omitted, never null or "".
        #expect(!text.contains("generator") && !text.contains("color") && !text.contains("null"))
        #expect(!text.contains("\"namespace\" : \"\""))
        // Sorted: pypi after npm, 0.9.0-beta.1 before 1.0.0, keys sorted.
        let npm = try #require(text.range(of: "\"npm\""))
        let pypi = try #require(text.range(of: "\"pypi\""))
        #expect(npm.lowerBound < pypi.lowerBound)
        let beta = try #require(text.range(of: "0.9.0-beta.1"))
        let release = try #require(text.range(of: "\"1.0.0\""))
        #expect(beta.lowerBound < release.lowerBound)
        #expect(text.contains("\"publishedTime\" : \"2019-12-27T21:14:21.090Z\""))
        #expect(text.contains("\"publishedTime\" : \"2026-01-01T00:00:00Z\""))
        #expect(text.hasSuffix("}\n"))
    }

    @Test func sortingUsesUnicodeScalarOrder() {
        let inventory = Inventory(domains: [
            Inventory.Domain(
                name: "acme",
                repositories: [
                    Inventory.Repository(
                        name: "r1",
                        packages: [
                            Inventory.Package(
                                format: .generic, namespace: "ci", name: "b",
                                versions: [
                                    .init(version: "b"), .init(version: "B"), .init(version: "a"),
                                    .init(version: "\u{E9}"), .init(version: "10"), .init(version: "9"),
                                ]),
                            Inventory.Package(format: .generic, namespace: "ci", name: "a"),
                            Inventory.Package(format: .cargo, name: "z"),
                        ])
                ])
        ])
        let sorted = inventory.sorted()
        let package = sorted.domains[0].repositories[0].packages
        #expect(package.map(\.name) == ["z", "a", "b"])
        #expect(package[2].versions.map(\.version) == ["10", "9", "B", "a", "b", "\u{E9}"])
    }

    @Test func writesAtomicallyAndReadsBackFromAFile() throws {
        let inventory = try Inventory(jsonData: Data(Self.sample.utf8))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("inventory-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try inventory.write(to: url)
        #expect(try Inventory(contentsOf: url) == inventory.sorted())
    }

    @Test func readsALargeInventory() throws {
        var versions: [Inventory.Version] = []
        for index in 0..<120_000 {
            versions.append(
                .init(
                    version: "1.\(index / 100).\(index % 100)", status: index % 7 == 0 ? .unlisted : .published,
                    revision: "rev\(index)", publishedTime: Date(timeIntervalSince1970: Double(1_700_000_000 + index)),
                    origin: .internal))
        }
        let inventory = Inventory(domains: [
            .init(
                name: "big", owner: "111122223333",
                repositories: [
                    .init(
                        name: "store",
                        packages: [.init(format: .maven, namespace: "com.big", name: "lib", versions: versions)])
                ])
        ])
        let data = inventory.jsonData(prettyPrinted: false)
        let decoded = try Inventory(jsonData: data)
        #expect(decoded.versionCount == 120_000)
        #expect(decoded == inventory.sorted())
    }
}
