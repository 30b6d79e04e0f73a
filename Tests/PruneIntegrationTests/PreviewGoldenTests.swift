import Foundation
import Testing

/// What users see of `prune plan` (text, Markdown, JSON, --explain) against the example
/// inventory, pinned as golden files. `UPDATE_GOLDEN=1 swift test --filter PreviewGolden`
/// rewrites them; review the diff before committing.
@Suite("Plan preview golden files")
struct PreviewGoldenTests {
    static let directory = Harness.packageRoot.appendingPathComponent("Tests/PruneIntegrationTests/Fixtures/golden")
    static let plans = [
        "maven-snapshots", "nightly-cleanup", "npm-prereleases", "pypi-dev-releases", "yank-bad-release",
    ]

    static func render(_ plan: String, _ extra: [String]) async throws -> String {
        let output = try await CommandLineExitCodeTests.runOffline(
            ["plan", directory.appendingPathComponent("\(plan).yaml").path, "--inventory", "examples/inventory.json"]
                + extra)
        #expect(output.status == 0, "\(output.stderr)")
        // The only run-dependent values: when the plan was made, and where the fixture lives.
        return output.stdout
            .replacingOccurrences(of: directory.path + "/", with: "")
            .replacing(#/"createdAt" : "[^"]*"/#, with: #""createdAt" : "<createdAt>""#)
    }

    static func check(_ text: String, golden name: String) throws {
        let url = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(text == expected, "\(name) differs from its golden file")
    }

    @Test(arguments: plans)
    func text(_ plan: String) async throws {
        try Self.check(try await Self.render(plan, []), golden: "\(plan).txt")
    }

    @Test(arguments: plans)
    func markdown(_ plan: String) async throws {
        try Self.check(try await Self.render(plan, ["--format", "markdown"]), golden: "\(plan).md")
    }

    @Test(arguments: plans)
    func json(_ plan: String) async throws {
        let text = try await Self.render(plan, ["--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        #expect(object?["planVersion"] as? Int == 1)
        try Self.check(text, golden: "\(plan).json")
    }

    /// `--sizes`: a SIZE column, per-target and run totals in binary units, "≈ $X/month".
    @Test func sizesExactText() async throws {
        let text = try await Self.render("npm-prereleases", ["--sizes", "exact"])
        #expect(text.contains("SIZE") && text.contains("Frees: 14.2 MiB"))
        try Self.check(text, golden: "npm-prereleases.sizes.txt")
    }

    @Test func sizesSampleMarkdownAndJSON() async throws {
        try Self.check(
            try await Self.render("nightly-cleanup", ["--sizes", "sample", "--format", "markdown"]),
            golden: "nightly-cleanup.sizes.md")
        try Self.check(
            try await Self.render("npm-prereleases", ["--sizes", "sample", "--format", "json"]),
            golden: "npm-prereleases.sizes.json")
    }

    /// examples/every-store.yaml as shipped (a repository pattern and a keep list), at a fixed
    /// `--now`: the trace names each version's repository and the keep list's line.
    @Test func repositoryPatternExampleExplained() async throws {
        let output = try await CommandLineExitCodeTests.runOffline([
            "plan", "examples/every-store.yaml", "--inventory", "examples/inventory.json", "--now",
            "2026-11-29T00:00:00Z", "--explain", "--package", "acme/ui-kit",
        ])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("npm-store/acme/ui-kit (npm)"))
        #expect(output.stdout.contains("listed in keep-lists/production.purls:2"))
        try Self.check(output.stdout, golden: "every-store.explain.txt")
    }

    @Test func explainNarrowedToOnePackage() async throws {
        let text = try await Self.render("npm-prereleases", ["--explain", "--package", "acme/ui-icons"])
        #expect(text.contains("npm-store/acme/ui-icons (npm)"))
        #expect(!text.contains("npm-store/acme/ui-kit\n"))
        try Self.check(text, golden: "npm-prereleases.explain.txt")
    }
}
