import Testing

@testable import PruneManifest

/// A UTF-8 byte-order mark at the start of a plan, before a `%YAML` directive, `---` or the
/// first key: accepted as libyaml accepts it, and diagnostics located as without it.
@Suite("Byte-order mark and %YAML directive")
struct ByteOrderMarkTests {
    private typealias T = TestSupport

    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    static let body = "version: 1\ntargets:\n  - name: t\n" + T.npmTarget + "\n    keep: {latest: 1}\n"

    private func parse(_ text: String, bom: Bool = true) -> ManifestParseResult {
        ManifestParser.parse(bytes: (bom ? Self.bom : []) + Array(text.utf8))
    }

    private func errors(_ text: String, bom: Bool = true) -> [String] {
        parse(text, bom: bom).diagnostics.filter { $0.severity == .error }.map { "\($0.location): \($0.message)" }
    }

    @Test(arguments: [
        "", "---\n", "%YAML 1.2\n---\n", "%YAML 1.1\n---\n", "%YAML 1.2\n%TAG !e! tag:example.com,2026:\n---\n",
        "# a comment\n%YAML 1.2\n---\n",
    ])
    func aPlanAfterAByteOrderMarkIsValid(head: String) throws {
        for bom in [true, false] {
            let result = parse(head + Self.body, bom: bom)
            #expect(result.diagnostics.isEmpty, "\(bom ? "BOM + " : "")\(head.debugDescription)")
            let manifest = try #require(result.manifest)
            #expect(manifest.targets.map(\.name) == ["t"])
        }
    }

    @Test func anUnsupportedYAMLVersionIsStillRefused() {
        let found = errors("%YAML 2.0\n---\n" + Self.body)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("1:1: ") == true)
    }

    @Test func errorsOnTheFirstLineAreLocatedAsWithoutTheMark() {
        for text in ["version: 2\ntargets: []\n", "nope: 1\n" + Self.body, "version: [1\n"] {
            #expect(errors(text) == errors(text, bom: false), "\(text.debugDescription)")
            #expect(!errors(text).isEmpty)
        }
        #expect(errors("nope: 1\n" + Self.body).first?.hasPrefix("1:1: unknown key 'nope'") == true)
        // After a directive and `---`, lines count the directive's.
        let later = "%YAML 1.2\n---\nversion: 1\ntargets:\n  - name: t\n" + T.npmTarget + "\n    keep: {latest: 0}\n"
        #expect(errors(later) == errors(later, bom: false))
        #expect(errors(later).first?.hasPrefix("9:20: 'keep.latest' must be between") == true)
    }

    @Test func invalidUTF8OnTheFirstLineIsLocatedAsWithoutTheMark() {
        let bytes = Array("version: 1 # x".utf8) + [0xFF] + Array("\ntargets: []\n".utf8)
        let withMark = ManifestParser.parse(bytes: Self.bom + bytes).diagnostics.map(\.location)
        let without = ManifestParser.parse(bytes: bytes).diagnostics.map(\.location)
        #expect(withMark == without)
        #expect(withMark.first == SourceLocation(line: 1, column: 15))
    }

    @Test func theCaretUnderAFirstLineErrorIgnoresTheMark() {
        let source = SourceText(bytes: Self.bom + Array("version: 2\ntargets: []\n".utf8))
        let result = ManifestParser.parse(source)
        let text = DiagnosticRenderer(fileName: "p.yaml", source: source).render(result.diagnostics)
        #expect(text.hasPrefix("p.yaml:1:10: error:"), "\(text)")
        #expect(text.contains("\nversion: 2\n         ^\n"), "\(text)")
    }

    @Test func byteOffsetsInsideOrAfterTheMarkAreColumnsOfTheText() {
        let source = SourceText(bytes: Self.bom + Array("ab\ncd".utf8))
        #expect(source.location(ofByteOffset: 0) == SourceLocation(line: 1, column: 1))
        #expect(source.location(ofByteOffset: 3) == SourceLocation(line: 1, column: 1))
        #expect(source.location(ofByteOffset: 4) == SourceLocation(line: 1, column: 2))
        #expect(source.location(ofByteOffset: 7) == SourceLocation(line: 2, column: 2))
    }
}
