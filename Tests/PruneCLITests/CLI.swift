import Foundation
import TestSupport

/// The `prune` executable and the committed files its command-line tests feed it.
enum CLI {
    /// Runs `prune` from the package root with the test's environment.
    static func prune(_ arguments: [String]) throws -> ProcessOutput {
        try ProcessRun.run(BuiltProducts.executable("prune"), arguments)
    }

    /// The example plans.
    static let examples = yamlFiles(in: "examples")

    /// The broken-manifest corpus (its goldens are checked in PruneManifestTests).
    static let brokenManifests = yamlFiles(in: "Tests/PruneManifestTests/Fixtures/broken")

    private static func yamlFiles(in path: String) -> [URL] {
        let directory = BuiltProducts.packageRoot.appendingPathComponent(path)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { directory.appendingPathComponent($0) }
    }
}
