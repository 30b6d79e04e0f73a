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

    /// The built `prune` executable beside the test bundle.
    static var pruneExecutable: URL {
        var directory = Bundle.main.bundleURL
        for _ in 0..<3 {
            let candidate = directory.appendingPathComponent("prune")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/prune")
    }

    /// Runs `prune` with arguments; returns exit status, stdout and stderr.
    static func runPrune(_ arguments: [String], environment: [String: String] = [:]) throws -> (
        status: Int32, stdout: String, stderr: String
    ) {
        let process = Process()
        process.executableURL = pruneExecutable
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { $1 }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: outData, as: UTF8.self),
            String(decoding: errData, as: UTF8.self)
        )
    }
}
