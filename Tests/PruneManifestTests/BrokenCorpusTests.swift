import Foundation
import Testing

@testable import PruneManifest

/// Each broken manifest under Fixtures/broken has a golden `.expected` file holding exactly
/// what `prune validate` prints for it (file:line:column, message, line, caret).
/// `UPDATE_GOLDEN=1 swift test` rewrites the goldens; review the diff before committing.
@Suite("Broken manifest corpus")
struct BrokenCorpusTests {
    static let directory = TestSupport.fixtures.appendingPathComponent("broken")
    static let manifests = TestSupport.files(in: directory, extension: "yaml")

    @Test func corpusHasAtLeastFortyManifests() {
        #expect(Self.manifests.count >= 40)
    }

    @Test(arguments: manifests)
    func matchesGolden(_ url: URL) throws {
        let name = url.lastPathComponent
        let file = try ManifestFile.load(path: url.path)
        let rendered = DiagnosticRenderer(fileName: name, source: file.source).render(file.result.diagnostics)
        #expect(file.result.manifest == nil, "\(name) should be invalid")
        let errors = file.result.diagnostics.filter { $0.severity == .error }
        #expect(!errors.isEmpty)
        for error in errors {
            #expect(error.location.line >= 1 && error.location.line <= max(1, file.source.lineCount))
            #expect(error.location.column >= 1)
        }
        let golden = url.deletingPathExtension().appendingPathExtension("expected")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try rendered.write(to: golden, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(rendered == expected, "\(name): output differs from \(golden.lastPathComponent)")
    }
}
