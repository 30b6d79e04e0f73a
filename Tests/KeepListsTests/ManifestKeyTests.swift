import KeepLists
import PruneManifest
import Testing

/// `keep.listedIn` in the manifest: a string or a list of strings, checked for shape only.
@Suite("keep.listedIn: manifest key")
struct ManifestKeyTests {
    func parse(_ keep: String) -> ManifestParseResult {
        let yaml = """
            version: 1
            targets:
              - name: t
                domain: acme
                repository: repo1
                format: npm
                keep:
            \(keep)
            """
        return ManifestParser.parse(bytes: Array(yaml.utf8))
    }

    @Test func aStringOrAListIsAccepted() throws {
        let one = try #require(parse("      listedIn: deploy/package-lock.json").manifest)
        #expect(one.targets[0].keep?.listedIn?.map(\.pattern) == ["deploy/package-lock.json"])
        #expect(one.targets[0].keep?.listedIn?.first?.location == SourceLocation(line: 8, column: 17))
        let list = try #require(parse("      listedIn: [\"deploy/*.lock\", \"sbom/*.cdx.json\"]").manifest)
        #expect(list.targets[0].keep?.listedIn?.map(\.pattern) == ["deploy/*.lock", "sbom/*.cdx.json"])
    }

    @Test func emptyListsAndWrongTypesAreErrors() {
        #expect(parse("      listedIn: []").diagnostics.map(\.message).contains { $0.contains("empty list") })
        #expect(parse("      listedIn: {a: b}").manifest == nil)
        #expect(parse("      listedIn: \"\"").manifest == nil)
    }

    @Test func aMisspeltKeySuggestsListedIn() {
        let messages = parse("      listedin: x.purls").diagnostics.map(\.message)
        #expect(messages.contains { $0.contains("listedIn") }, "\(messages)")
    }
}
