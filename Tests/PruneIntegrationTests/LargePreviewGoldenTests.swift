import Foundation
import Inventory
import Testing

/// The preview of a big domain stays on one screen: at most 20 packages per target, the
/// biggest first, then one line for the rest, with the summary at the end; `--all` lists
/// every package.
@Suite("Plan preview of a large domain")
struct LargePreviewGoldenTests {
    static let packages = 150

    /// 150 npm packages of 2 to 8 versions, so the "biggest first" order is visible.
    static func inventoryFile() throws -> String {
        let list = (0..<packages).map { index in
            Inventory.Package(
                format: .npm, name: "p\(index)",
                versions: (0..<(2 + index % 7)).map {
                    Inventory.Version(
                        version: "1.0.\($0)", publishedTime: Harness.now.addingTimeInterval(Double(-$0) * 60))
                })
        }
        let inventory = Inventory(domains: [
            Inventory.Domain(
                name: "acme", owner: "111122223333", repositories: [Inventory.Repository(name: "repo1", packages: list)]
            )
        ])
        let path = CommandLineExitCodeTests.temporary("inventory.json")
        try inventory.write(to: URL(fileURLWithPath: path))
        return path
    }

    static func plan() throws -> String {
        try CommandLineExitCodeTests.write(
            """
            version: 1
            settings: {now: 2026-11-29T00:00:00Z}
            targets:
              - {name: all, domain: acme, repository: repo1, format: npm, keep: {latest: 1}}
            """)
    }

    static func preview(_ extra: [String]) async throws -> String {
        let plan = try plan()
        let output = try await CommandLineExitCodeTests.runOffline(
            ["plan", plan, "--inventory", try inventoryFile()] + extra)
        #expect(output.status == 0, "\(output.stderr)")
        return output.stdout.replacingOccurrences(of: plan, with: "plan.yaml")
    }

    @Test func fitsOneScreen() async throws {
        let text = try await Self.preview([])
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count <= 40, "\(lines.count) lines")
        #expect(text.contains("… and 130 more packages ("))
        // The summary closes the preview (the confirmation of `apply` follows it).
        #expect(lines.last(where: { !$0.isEmpty })?.hasPrefix("Summary: 150 packages") == true)
        try PreviewGoldenTests.check(text, golden: "large-domain.txt")
    }

    @Test func allListsEveryPackage() async throws {
        let text = try await Self.preview(["--all"])
        for index in 0..<Self.packages { #expect(text.contains("repo1/p\(index) "), "p\(index)") }
        #expect(!text.contains("more packages"))
    }

    @Test func applyCutsItsPreviewAndAllListsEveryPackage() async throws {
        let inventory = try Inventory(contentsOf: URL(fileURLWithPath: try Self.inventoryFile()))
        for (extra, listsAll) in [([String](), false), (["--all"], true)] {
            try await Harness.withEmulator(inventory) { server, _ in
                let output = try await CommandLineExitCodeTests.run(
                    ["apply", try Self.plan(), "--yes", "--report", CommandLineExitCodeTests.temporary("r.json")]
                        + extra, server: server)
                #expect(output.status == 0, "\(output.stderr)")
                #expect(output.stderr.contains("more packages") == !listsAll)
                let listed = (0..<Self.packages).filter { output.stderr.contains("repo1/p\($0) ") }.count
                #expect(listed == (listsAll ? Self.packages : 20))
            }
        }
    }

    @Test func markdownIsCutLikeTheText() async throws {
        let text = try await Self.preview(["--format", "markdown"])
        #expect(text.contains("| … and 130 more packages ("))
        let all = try await Self.preview(["--format", "markdown", "--all"])
        #expect(!all.contains("more packages"))
    }
}
