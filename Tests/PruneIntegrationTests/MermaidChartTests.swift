import CodeArtifactEmulator
import Foundation
import Testing

/// The Mermaid charts of the Markdown outputs are well-formed: in every Markdown golden file,
/// for target names that need escaping, and in the step summary `prune apply` appends.
@Suite("Mermaid charts in Markdown")
struct MermaidChartTests {
    @Test(arguments: PreviewGoldenTests.plans)
    func goldenMarkdownHasAWellFormedChart(_ plan: String) throws {
        let text = try String(
            contentsOf: PreviewGoldenTests.directory.appendingPathComponent("\(plan).md"), encoding: .utf8)
        let blocks = MermaidSyntax.blocks(in: text)
        #expect(blocks.count == 1)
        for block in blocks { #expect(MermaidSyntax.problems(block).isEmpty, "\(MermaidSyntax.problems(block))") }
    }

    @Test func targetNamesWithQuotesAreEscaped() async throws {
        let plan = try CommandLineExitCodeTests.write(
            """
            version: 1
            settings: {now: 2026-11-29T00:00:00Z}
            targets:
              - {name: 'say "hi" #1', domain: acme, repository: npm-store, format: npm, namespace: acme, select: {versions: ['*-beta*']}}
            """)
        let output = try await CommandLineExitCodeTests.runOffline(
            ["plan", plan, "--inventory", "examples/inventory.json", "--format", "markdown"])
        #expect(output.status == 0, "\(output.stderr)")
        let blocks = MermaidSyntax.blocks(in: output.stdout)
        #expect(blocks.count == 1)
        for block in blocks { #expect(MermaidSyntax.problems(block).isEmpty, "\(MermaidSyntax.problems(block))") }
        #expect(output.stdout.contains(#"x-axis ["say #quot;hi#quot; #35;1"]"#))
    }

    @Test func applyStepSummaryHasAChartAndATable() async throws {
        let summary = CommandLineExitCodeTests.temporary("step-summary.md")
        _ = FileManager.default.createFile(atPath: summary, contents: nil)
        try await Harness.withEmulator(try Harness.exampleInventory()) { server, _ in
            let output = try await CommandLineExitCodeTests.run(
                [
                    "apply", "examples/npm-prereleases.yaml", "--yes", "--report",
                    CommandLineExitCodeTests.temporary("r.json"),
                ],
                server: server, environment: ["GITHUB_STEP_SUMMARY": summary])
            #expect(output.status == 0, "\(output.stderr)")
        }
        let text = try String(contentsOfFile: summary, encoding: .utf8)
        let blocks = MermaidSyntax.blocks(in: text)
        #expect(blocks.count == 1)
        for block in blocks { #expect(MermaidSyntax.problems(block).isEmpty, "\(MermaidSyntax.problems(block))") }
        #expect(text.contains("| target | succeeded | failed |"))
        #expect(text.contains("| `npm-prereleases` |"))
    }

    @Test func checkerRejectsMalformedBlocks() {
        #expect(
            !MermaidSyntax.problems([
                "xychart-beta", #"title "t""#, #"x-axis ["a"b"]"#, #"y-axis "v" 0 --> 1"#, "bar [1]",
            ]).isEmpty)
        #expect(
            !MermaidSyntax.problems([
                "xychart-beta", #"title "t""#, #"x-axis ["a", "b"]"#, #"y-axis "v" 0 --> 1"#, "bar [1]",
            ]).isEmpty)
        #expect(!MermaidSyntax.problems(["pie", "x"]).isEmpty)
        #expect(
            MermaidSyntax.problems([
                "xychart-beta", #"title "t""#, #"x-axis ["a", "b"]"#, #"y-axis "v" 0 --> 2"#, "bar [1, 2]",
            ]).isEmpty)
    }
}
