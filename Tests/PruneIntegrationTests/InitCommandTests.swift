import CodeArtifactEmulator
import Foundation
import Inventory
import Testing

/// `prune init`: a starter plan that validates, previews exactly what `prune plan` shows, and
/// whose `maxDeletions` refuses one deletion more than it previewed.
@Suite("prune init")
struct InitCommandTests {
    typealias CLI = CommandLineExitCodeTests

    /// The preview without its first line ("Plan from … at <now>"): the rest must match.
    static func body(_ preview: String) -> String {
        preview.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).dropFirst().joined()
    }

    static func maxDeletions(_ yaml: String) throws -> Int {
        let match = try #require(yaml.firstMatch(of: #/maxDeletions: (\d+)/#))
        return try #require(Int(match.1))
    }

    @Test func againstTheGeneratedDomain() async throws {
        let inventory = InventoryGenerator(packages: 153, versions: 60, seed: 3).generate()
        try await Harness.withEmulator(inventory) { server, _ in
            let out = CLI.temporary("plan.yaml")
            let made = try await CLI.run(["init", "--domain", "acme", "--out", out], server: server)
            #expect(made.status == 0, "\(made.stderr)")
            #expect(made.stderr.contains("prune plan \(out)"))
            #expect(server.counters[.listRepositoriesInDomain].requests >= 1)
            #expect(server.counters[.deletePackageVersions].requests == 0, "init only reads")

            let valid = try await CLI.runOffline(["validate", out])
            #expect(valid.status == 0, "\(valid.stdout)\(valid.stderr)")

            let planned = try await CLI.run(["plan", out], server: server)
            #expect(planned.status == 0, "\(planned.stderr)")
            #expect(Self.body(planned.stdout) == Self.body(made.stdout), "init printed what prune plan prints")

            let yaml = try String(contentsOfFile: out, encoding: .utf8)
            let limit = try Self.maxDeletions(yaml)
            #expect(limit > 0, "the generated domain has old pre-releases")
            #expect(planned.stdout.contains("delete \(limit),"))
            // One deletion more than previewed is refused (exit 4).
            let tighter = CLI.temporary("tighter.yaml")
            try yaml.replacingOccurrences(of: "maxDeletions: \(limit)", with: "maxDeletions: \(limit - 1)")
                .write(toFile: tighter, atomically: true, encoding: .utf8)
            let refused = try await CLI.run(["plan", tighter], server: server)
            #expect(refused.status == 4, "\(refused.stdout)")
        }
    }

    @Test func offlineFromAnInventoryMatchesItsGoldenFiles() async throws {
        let made = try await CLI.runOffline(
            ["init", "--inventory", "examples/inventory.json", "--now", "2026-11-29T00:00:00Z"])
        #expect(made.status == 0, "\(made.stderr)")
        try PreviewGoldenTests.check(made.stdout, golden: "init-inventory.yaml")
        try PreviewGoldenTests.check(made.stderr, golden: "init-inventory.preview.txt")
        let out = CLI.temporary("plan.yaml")
        try made.stdout.write(toFile: out, atomically: true, encoding: .utf8)
        let valid = try await CLI.runOffline(["validate", out])
        #expect(valid.status == 0, "\(valid.stdout)\(valid.stderr)")
    }

    @Test func neverOverwritesWithoutForce() async throws {
        let out = CLI.temporary("plan.yaml")
        try "keep me\n".write(toFile: out, atomically: true, encoding: .utf8)
        let refused = try await CLI.runOffline(["init", "--inventory", "examples/inventory.json", "--out", out])
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("--force"))
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "keep me\n")
        let forced = try await CLI.runOffline(
            ["init", "--inventory", "examples/inventory.json", "--out", out, "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("version: 1"))
    }

    @Test func aDomainWithoutPackagesWritesNothing() async throws {
        let empty = Inventory(domains: [
            Inventory.Domain(name: "empty", owner: "111122223333", repositories: [Inventory.Repository(name: "store")])
        ])
        let inventory = CLI.temporary("inventory.json")
        try empty.write(to: URL(fileURLWithPath: inventory))
        let out = CLI.temporary("plan.yaml")
        let output = try await CLI.runOffline(["init", "--inventory", inventory, "--out", out])
        #expect(output.status == 1)
        #expect(output.stderr.contains("no package"))
        #expect(!FileManager.default.fileExists(atPath: out))
        try await Harness.withEmulator(empty) { server, _ in
            let online = try await CLI.run(["init", "--domain", "empty", "--out", out], server: server)
            #expect(online.status == 1, "\(online.stderr)")
            #expect(!FileManager.default.fileExists(atPath: out))
        }
    }
}
