import Foundation
import PruneManifest

/// Paths and helpers shared by the manifest tests.
enum TestSupport {
    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let fixtures = packageRoot.appendingPathComponent("Tests/PruneManifestTests/Fixtures")

    /// Parses YAML text.
    static func parse(_ yaml: String) -> ManifestParseResult {
        ManifestParser.parse(bytes: Array(yaml.utf8))
    }

    /// The errors of a YAML text as `line:column: message`.
    static func errors(_ yaml: String) -> [String] {
        parse(yaml).diagnostics.filter { $0.severity == .error }.map { "\($0.location): \($0.message)" }
    }

    /// A valid plan around one target body (indented target keys), for rule tests.
    static func plan(target: String, settings: String = "", defaults: String = "") -> String {
        var text = "version: 1\n"
        if !defaults.isEmpty { text += "defaults:\n" + defaults + "\n" }
        if !settings.isEmpty { text += "settings:\n" + settings + "\n" }
        text += "targets:\n  - name: t\n" + target + "\n"
        return text
    }

    /// A minimal valid npm target body.
    static let npmTarget = "    domain: acme\n    repository: npm-store\n    format: npm"

    /// Files in a directory with an extension, sorted.
    static func files(in directory: URL, extension ext: String) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix("." + ext) }.sorted().map { directory.appendingPathComponent($0) }
    }
}
