import Foundation
import Inventory
import Testing

@Suite struct InventoryErrorTests {
    /// An inventory whose `domains[0].repositories[1].packages[2].versions[1]` is `version`.
    private func document(version: String, package: String = #"{"format": "npm", "name": "c", "versions": [%@]}"#)
        -> Data
    {
        let good = #"{"version": "1.0.0", "status": "Published", "origin": "INTERNAL"}"#
        let packageText = package.replacingOccurrences(of: "%@", with: good + ", " + version)
        let otherPackage = #"{"format": "npm", "name": "p%d", "versions": []}"#
        let packages = [
            otherPackage.replacingOccurrences(of: "%d", with: "0"),
            otherPackage.replacingOccurrences(of: "%d", with: "1"), packageText,
        ]
        let text = """
            {"inventoryVersion": 1, "domains": [{"name": "acme", "repositories": [
              {"name": "first", "packages": []},
              {"name": "second", "packages": [\(packages.joined(separator: ","))]}]}]}
            """
        return Data(text.utf8)
    }

    private func error(_ data: Data) -> InventoryError? {
        do {
            _ = try Inventory(jsonData: data)
            return nil
        } catch {
            return error
        }
    }

    private func fileError(_ url: URL) -> InventoryError? {
        do {
            _ = try Inventory(contentsOf: url)
            return nil
        } catch {
            return error
        }
    }

    @Test func unknownStatusNamesItsPath() throws {
        let failure = try #require(
            error(document(version: #"{"version": "2.0.0", "status": "Gone", "origin": "INTERNAL"}"#)))
        #expect(failure.code == .invalidValue)
        #expect(failure.path == "domains[0].repositories[1].packages[2].versions[1].status")
        #expect(failure.message.contains("'Gone'") && failure.message.contains("Published"))
        #expect(failure.description.hasPrefix("domains[0].repositories[1].packages[2].versions[1].status: "))
    }

    @Test func missingKeyNamesItsPath() throws {
        let failure = try #require(error(document(version: #"{"version": "2.0.0", "origin": "INTERNAL"}"#)))
        #expect(failure.code == .missingKey)
        #expect(failure.path == "domains[0].repositories[1].packages[2].versions[1].status")
    }

    @Test func wrongTypeNamesItsPath() throws {
        let failure = try #require(
            error(document(version: #"{"version": 2, "status": "Published", "origin": "INTERNAL"}"#)))
        #expect(failure.code == .wrongType)
        #expect(failure.path == "domains[0].repositories[1].packages[2].versions[1].version")
        #expect(failure.message.hasPrefix("expected a string"))
    }

    @Test func badTimestampAndOriginAndRevision() throws {
        let time = try #require(
            error(
                document(
                    version:
                        #"{"version": "2", "status": "Published", "origin": "INTERNAL", "publishedTime": "2026-13-01T00:00:00Z"}"#
                )))
        #expect(time.path.hasSuffix("versions[1].publishedTime") && time.code == .invalidValue)
        let origin = try #require(
            error(document(version: #"{"version": "2", "status": "Published", "origin": "internal"}"#)))
        #expect(origin.path.hasSuffix("versions[1].origin"))
        let revision = try #require(
            error(
                document(version: #"{"version": "2", "status": "Published", "origin": "INTERNAL", "revision": "a b"}"#))
        )
        #expect(revision.path.hasSuffix("versions[1].revision"))
    }

    @Test func duplicateVersion() throws {
        let failure = try #require(
            error(document(version: #"{"version": "1.0.0", "status": "Unlisted", "origin": "INTERNAL"}"#)))
        #expect(failure.code == .duplicate)
        #expect(failure.path == "domains[0].repositories[1].packages[2].versions[1].version")
    }

    @Test func namespaceRules() throws {
        let pypi = try #require(
            error(
                document(
                    version: #"{"version": "2", "status": "Published", "origin": "INTERNAL"}"#,
                    package: #"{"format": "pypi", "namespace": "x", "name": "c", "versions": [%@]}"#)))
        #expect(pypi.path == "domains[0].repositories[1].packages[2].namespace")
        #expect(pypi.message.contains("no namespace"))
        let empty = try #require(
            error(
                document(
                    version: #"{"version": "2", "status": "Published", "origin": "INTERNAL"}"#,
                    package: #"{"format": "npm", "namespace": "", "name": "c", "versions": [%@]}"#)))
        #expect(empty.path == "domains[0].repositories[1].packages[2].namespace")
        let format = try #require(
            error(
                document(
                    version: #"{"version": "2", "status": "Published", "origin": "INTERNAL"}"#,
                    package: #"{"format": "gem", "name": "c", "versions": [%@]}"#)))
        #expect(format.path == "domains[0].repositories[1].packages[2].format")
    }

    @Test func documentLevelProblems() throws {
        let syntax = try #require(error(Data("{\"inventoryVersion\": 1,\n  \"domains\": [}\n".utf8)))
        #expect(syntax.code == .invalidJSON && syntax.path.isEmpty)
        #expect(syntax.message.hasPrefix("invalid JSON at line 2, column "), "\(syntax.message)")
        let version = try #require(error(Data(#"{"inventoryVersion": 2, "domains": []}"#.utf8)))
        #expect(version.code == .unsupportedVersion && version.path == "inventoryVersion")
        let owner = try #require(
            error(
                Data(
                    #"{"inventoryVersion": 1, "domains": [{"name": "acme", "owner": "123", "repositories": []}]}"#.utf8)
            ))
        #expect(owner.path == "domains[0].owner")
        let name = try #require(
            error(Data(#"{"inventoryVersion": 1, "domains": [{"name": "Acme", "repositories": []}]}"#.utf8)))
        #expect(name.path == "domains[0].name")
        let missing = try #require(error(Data(#"{"inventoryVersion": 1}"#.utf8)))
        #expect(missing.code == .missingKey && missing.path == "domains")
        let unreadable = try #require(fileError(URL(fileURLWithPath: "/nonexistent/inventory.json")))
        #expect(unreadable.code == .unreadable)
    }
}
