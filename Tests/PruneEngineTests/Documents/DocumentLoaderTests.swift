import Foundation
import Inventory
import PruneManifest
import Testing

@testable import PruneEngine

@Suite("Saved plans and reports as input")
struct DocumentLoaderTests {
    static let plan = PlanDocument(
        Plan(
            manifest: ManifestReference(path: "p.yaml", sha256: "00"), createdAt: Date(timeIntervalSince1970: 0),
            now: Date(timeIntervalSince1970: 0), settings: Settings(), shard: nil, packages: [], warnings: [],
            refusal: nil))

    func load(_ text: String) -> String? {
        do {
            _ = try DocumentLoader.decode(PlanDocument.self, from: Data(text.utf8), path: "plan.json")
            return nil
        } catch {
            return error.description
        }
    }

    @Test func syntaxErrorsAreLocated() {
        #expect(
            load("{\n  \"planVersion\": 1,\n  \"x\": [1, 2,]\n}")
                == "plan.json: invalid JSON at line 3, column 14: trailing comma before ']'")
        #expect(load("{\"a\": 1,}")?.contains("trailing comma before '}'") == true)
        #expect(load("") == "plan.json: invalid JSON at line 1, column 1: the file is empty; expected a JSON object")
        #expect(load("{\"a\": tru}")?.contains("line 1, column 10: invalid literal") == true)
        #expect(load("{\"a\": \"\u{01}\"}")?.contains("control character") == true)
        #expect(load("{\"a\": 01}")?.contains("leading zeros") == true)
    }

    @Test func invalidUTF8IsASyntaxError() {
        var bytes = Array("{\"a\": \"x".utf8)
        bytes += [0xFF, 0x22, 0x7D]
        #expect(JSONSyntax.check(Data(bytes))?.message == "invalid UTF-8 in a string")
        #expect(JSONSyntax.check(Data("{\"a\": [1, {\"b\": null}], \"c\": \"é\\u00e9\"}".utf8)) == nil)
    }

    @Test func aFractionInAnIntegerFieldNamesTheField() throws {
        var object = try JSONSerialization.jsonObject(with: try Self.plan.encoded()) as! [String: Any]
        var settings = object["settings"] as! [String: Any]
        settings["maxDeletions"] = 1.5
        object["settings"] = settings
        let data = try JSONSerialization.data(withJSONObject: object)
        #expect(throws: DocumentLoader.LoadError.self) {
            try DocumentLoader.decode(PlanDocument.self, from: data, path: "p")
        }
        do {
            _ = try DocumentLoader.decode(PlanDocument.self, from: data, path: "p")
        } catch {
            #expect(error.message.hasPrefix("settings.maxDeletions"))
        }
    }

    @Test func valuesNoManifestCouldProduceAreRefused() {
        var document = Self.plan
        #expect(document.validationProblems().isEmpty)
        document.settings.concurrency = 0
        document.settings.rateLimits["writes"] = 0
        document.actions = [
            PlanDocument.Entry(
                region: "us-east-1", domain: "acme", domainOwner: "1", repository: "r", format: .pypi, namespace: "x",
                package: "p", version: "1 0", action: nil, status: .deleted, revision: nil, publishedTime: nil,
                origin: nil, target: "t", reason: "")
        ]
        #expect(
            document.validationProblems() == [
                "settings.concurrency: must be between 1 and 1024",
                "settings.rateLimits.writes: must be a number greater than 0",
                "actions[0].action: missing; every entry of actions needs one",
                "actions[0].domainOwner: must be 12 digits",
                "actions[0].repository: not a valid repository name",
                "actions[0].namespace: format pypi has no namespaces",
                "actions[0].version: '1 0' is not a valid version",
                "actions[0].status: a Deleted version is never acted on",
            ])
    }

    @Test func kindOfAnApplyInput() {
        #expect(DocumentLoader.kind(of: Data("version: 1".utf8), path: "plan.yaml") == .manifest)
        #expect(DocumentLoader.kind(of: Data("junk".utf8), path: "plan.json") == .savedPlan)
        #expect(DocumentLoader.kind(of: Data("{\"planVersion\": 1}".utf8), path: "saved") == .savedPlan)
        #expect(DocumentLoader.kind(of: Data("{version: 1}".utf8), path: "plan.yml") == .manifest)
    }
}
