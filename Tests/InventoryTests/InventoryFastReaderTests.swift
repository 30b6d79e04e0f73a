import CodeArtifactModel
import Foundation
import Testing

@testable import Inventory

/// The fast reader must read every valid inventory exactly as the `Codable` path does, and
/// leave every invalid one to it (so errors keep their paths and places).
@Suite struct InventoryFastReaderTests {
    private func fast(_ text: String) -> Inventory? {
        var text = text
        return text.withUTF8 { InventoryFastReader.read($0) }
    }

    private func slow(_ text: String) -> Inventory? {
        try? JSONDecoder().decode(Inventory.self, from: Data(text.utf8))
    }

    /// One version object in a minimal inventory.
    private func wrap(version: String, package: String = #""format": "npm", "name": "p""#) -> String {
        #"{"inventoryVersion": 1, "domains": [{"name": "acme", "repositories": [{"name": "store", "packages": ["#
            + #"{\#(package), "versions": [\#(version)]}]}]}]}"#
    }

    @Test func readsTheSampleAsTheCodablePathDoes() throws {
        let text = InventoryCodingTests.sample
        let read = try #require(fast(text))
        #expect(read == slow(text))
    }

    @Test func readsTheCanonicalOutputItWrote() throws {
        let inventory = Inventory(domains: [
            Inventory.Domain(
                name: "acme", owner: "111122223333",
                repositories: [
                    Inventory.Repository(
                        name: "store",
                        packages: [
                            Inventory.Package(
                                format: .maven, namespace: "com.acme", name: "core",
                                versions: [
                                    Inventory.Version(
                                        version: "1.0", status: .archived, revision: "r1",
                                        publishedTime: Date(timeIntervalSince1970: 1_767_225_600.09),
                                        origin: .external,
                                        assets: [
                                            Inventory.Asset(name: "core.jar", size: 12), .init(name: "a", size: 0),
                                        ]),
                                    Inventory.Version(version: "ü-2.0", status: .unfinished, origin: .unknown),
                                    Inventory.Version(version: "3", status: .disposed, assets: []),
                                ]),
                            Inventory.Package(format: .cargo, name: "crate"),
                        ]),
                    Inventory.Repository(name: "empty"),
                ])
        ])
        for pretty in [true, false] {
            let text = String(decoding: inventory.jsonData(prettyPrinted: pretty), as: UTF8.self)
            let read = try #require(fast(text))
            #expect(read == inventory.sorted())
            #expect(read == slow(text))
        }
    }

    @Test(arguments: [
        // Escapes of every kind, in values and in unknown keys' values.
        #""version": "a\"b\\c\u0041\u00e9\ud83d\ude00", "status": "Published", "origin": "INTERNAL", "revision": "r\/1", "x": "tab\there\n""#,
        // Non-ASCII as UTF-8, long enough for the eight-byte scan.
        #""version": "versión-ünïcödé-🚀-0123456789", "status": "Published", "origin": "INTERNAL""#,
        // Nulls for optionals; unknown keys of every type, nested.
        #""version": "1", "revision": null, "publishedTime": null, "assets": null, "status": "Unlisted", "origin": "UNKNOWN", "x": [1, -2.5e+3, 0.0, 1E9, true, false, null, {"y": {"z": []}}, ""]"#,
        // Times with offsets and fractions of any length.
        #""version": "1", "status": "Published", "origin": "INTERNAL", "publishedTime": "2019-12-27T21:14:21.0905+01:30""#,
        #""version": "1", "status": "Published", "origin": "INTERNAL", "publishedTime": "2019-12-27t21:14:21z""#,
        // Whitespace of every kind, and long runs of spaces.
        "\t\"version\"\r\n:\n\"1\"  ,                          \"status\":\"Archived\",\"origin\" :  \"EXTERNAL\"  ",
        // Sizes at the edges.
        #""version": "1", "status": "Published", "origin": "INTERNAL", "assets": [{"name": "a", "size": 9223372036854775807}, {"name": "b", "size": -0}]"#,
    ])
    func readsValidVersionsAsTheCodablePathDoes(_ fields: String) throws {
        let text = wrap(version: "{\(fields)}")
        let expected = try #require(slow(text))
        #expect(fast(text) == expected)
    }

    @Test func everyStatusAndOriginIsKnownByItsBytes() throws {
        for status in PackageVersionStatus.allCases where status != .deleted {
            for origin in PackageVersionOriginType.allCases {
                let text = wrap(
                    version: #"{"version": "1", "status": "\#(status.rawValue)", "origin": "\#(origin.rawValue)"}"#)
                let read = try #require(fast(text))
                let version = read.domains[0].repositories[0].packages[0].versions[0]
                #expect(version.status == status && version.origin == origin)
            }
        }
    }

    /// Invalid documents (the full path reports them) and valid ones it leaves to the full path.
    @Test(arguments: [
        // Syntax.
        wrapped(#"{"version": "1", "status": "Published", "origin": "INTERNAL",}"#),
        wrapped(#"{"version": "1" "status": "Published", "origin": "INTERNAL"}"#),
        wrapped(#"{"version": "1\u12", "status": "Published", "origin": "INTERNAL"}"#),
        wrapped(#"{"version": "1\x", "status": "Published", "origin": "INTERNAL"}"#),
        wrapped("{\"version\": \"1\u{01}\", \"status\": \"Published\", \"origin\": \"INTERNAL\"}"),
        wrapped(#"{"version": "1", "status": "Published", "origin": "INTERNAL", "x": 01}"#),
        wrapped(#"{"version": "1", "status": "Published", "origin": "INTERNAL", "x": 1.}"#),
        wrapped(#"{"version": "1", "status": "Published", "origin": "INTERNAL", "x": [1,]}"#),
        wrapped(#"{"version": "1", "status": "Published", "origin": "INTERNAL", "x": tru}"#),
        wrapped(#"{"version": "1", "status": "Published", "origin": "INTERNAL"}"#) + " x",
        wrapped(#"{"version": "1", "status": "Published", "origin": "INTERNAL"}"#).dropLast().description,
        // Values the rules refuse.
        wrapped(#"{"version": "1 2", "status": "Published", "origin": "INTERNAL"}"#),
        wrapped(#"{"version": "a/b", "status": "Published", "origin": "INTERNAL"}"#),
        wrapped(#"{"version": "", "status": "Published", "origin": "INTERNAL"}"#),
        wrapped(#"{"version": "\#(String(repeating: "é", count: 256))", "status": "Published", "origin": "INTERNAL"}"#),
        wrapped(#"{"version": "1", "status": "Deleted", "origin": "INTERNAL"}"#),
        wrapped(#"{"version": "1", "status": "published", "origin": "INTERNAL"}"#),
        wrapped(#"{"version": "1", "status": "Published", "origin": "internal"}"#),
        wrapped(#"{"version": "1", "status": "Published", "origin": "INTERNAL", "revision": "a b"}"#),
        wrapped(#"{"version": "1", "status": "Published", "origin": "INTERNAL", "revision": ""}"#),
        wrapped(
            #"{"version": "1", "status": "Published", "origin": "INTERNAL", "publishedTime": "2026-02-30T00:00:00Z"}"#),
        wrapped(
            #"{"version": "1", "status": "Published", "origin": "INTERNAL", "assets": [{"name": "a", "size": -1}]}"#),
        wrapped(#"{"version": "1", "status": "Published", "origin": "INTERNAL", "assets": [{"name": "", "size": 1}]}"#),
        wrapped(#"{"version": "1", "status": "Published"}"#),
        wrapped(#"{"version": 1, "status": "Published", "origin": "INTERNAL"}"#),
        wrapped(#"{"version": null, "status": "Published", "origin": "INTERNAL"}"#),
        wrapped(
            #"{"version": "1", "status": "Published", "origin": "INTERNAL"}, {"version": "1", "status": "Unlisted", "origin": "INTERNAL"}"#
        ),
        wrapped(
            #"{"version": "\u00e9", "status": "Published", "origin": "INTERNAL"}, {"version": "e\u0301", "status": "Published", "origin": "INTERNAL"}"#
        ),
        #"{"inventoryVersion": 2, "domains": []}"#,
        #"{"inventoryVersion": 1}"#,
        #"{"inventoryVersion": 1.0, "domains": []}"#,
        #"{"domains": [{"name": "acme", "owner": "12", "repositories": []}], "inventoryVersion": 1}"#,
        #"{"domains": [{"name": "acme", "repositories": []}, {"name": "acme", "repositories": []}], "inventoryVersion": 1}"#,
        #"{"domains": [{"name": "acme", "repositories": [{"name": "r1", "packages": []}, {"name": "r1", "packages": []}]}], "inventoryVersion": 1}"#,
        #"{"domains": [{"name": "acme", "repositories": [{"name": "r1", "packages": [{"format": "pypi", "namespace": "x", "name": "p", "versions": []}]}]}], "inventoryVersion": 1}"#,
        #"{"domains": [{"name": "acme", "repositories": [{"name": "r1", "packages": [{"format": "npm", "name": "p", "versions": []}, {"format": "npm", "name": "p", "versions": []}]}]}], "inventoryVersion": 1}"#,
        // Valid, but left to the full path: a repeated key, an escaped key, a byte order mark.
        #"{"inventoryVersion": 1, "inventoryVersion": 1, "domains": []}"#,
        #"{"inventory\u0056ersion": 1, "domains": []}"#,
        "\u{FEFF}{\"inventoryVersion\": 1, \"domains\": []}",
        "",
        "[]",
    ])
    func declines(_ text: String) {
        #expect(fast(text) == nil)
    }

    private static func wrapped(_ versions: String) -> String {
        #"{"inventoryVersion": 1, "domains": [{"name": "acme", "repositories": [{"name": "store", "packages": ["#
            + #"{"format": "npm", "name": "p", "versions": [\#(versions)]}]}]}]}"#
    }

    /// Whatever the fast reader declines still gets the full path's answer, error included.
    @Test func declinedDocumentsKeepTheFullPathsErrors() throws {
        let text = Self.wrapped(#"{"version": "1", "status": "Gone", "origin": "INTERNAL"}"#)
        #expect(throws: InventoryError.self) { try Inventory(jsonData: Data(text.utf8)) }
        do {
            _ = try Inventory(jsonData: Data(text.utf8))
        } catch {
            #expect(error.path == "domains[0].repositories[0].packages[0].versions[0].status")
        }
    }

    @Test func aMappedFileGivesTheSameInventory() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fast-reader-\(UUID()).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(InventoryCodingTests.sample.utf8).write(to: url)
        #expect(try Inventory(contentsOf: url) == Inventory(jsonData: Data(InventoryCodingTests.sample.utf8)))
    }
}
