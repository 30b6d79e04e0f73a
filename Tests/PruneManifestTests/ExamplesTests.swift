import Foundation
import Testing

@testable import PruneManifest

@Suite("Examples")
struct ExamplesTests {
    static let examples = TestSupport.files(
        in: TestSupport.packageRoot.appendingPathComponent("examples"), extension: "yaml")

    @Test func thereAreAtLeastFourExamples() {
        #expect(Self.examples.count >= 4)
    }

    @Test(arguments: examples)
    func exampleIsValidWithoutWarnings(_ url: URL) throws {
        let file = try ManifestFile.load(path: url.path)
        #expect(file.result.manifest != nil, "\(url.lastPathComponent)")
        #expect(file.result.diagnostics.isEmpty, "\(file.result.diagnostics)")
    }
}
