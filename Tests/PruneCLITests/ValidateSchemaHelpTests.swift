import Foundation
import TestSupport
import Testing

/// The `prune` executable as a user runs it: exit codes, streams, help.
@Suite("prune command line")
struct CommandLineTests {
    @Test func validateExamplesExitsZero() throws {
        let paths = CLI.examples.map(\.path)
        let run = try CLI.prune(["validate"] + paths)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stdout.components(separatedBy: "\n").filter { $0.hasSuffix(")") && $0.contains(": valid (") }.count
                == paths.count)
        #expect(run.stderr.isEmpty)
    }

    @Test func brokenManifestExits65WithLocatedErrors() throws {
        let path = CLI.brokenManifests.first!.path
        let run = try CLI.prune(["validate", path])
        #expect(run.status == 65)
        #expect(run.stderr.contains(":") && run.stderr.contains("error:"))
        #expect(run.stdout.isEmpty)
    }

    @Test func everyBrokenManifestExits65() throws {
        let run = try CLI.prune(["validate"] + CLI.brokenManifests.map(\.path))
        #expect(run.status == 65)
        let invalid = run.stderr.components(separatedBy: "\n").filter { $0.contains(": invalid (") }
        #expect(invalid.count == CLI.brokenManifests.count)
    }

    @Test func missingFileIsAUsageError() throws {
        let run = try CLI.prune(["validate", "no-such-plan.yaml"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("cannot read 'no-such-plan.yaml': No such file or directory"))
    }

    @Test func noColorWithoutATerminal() throws {
        let run = try CLI.prune(["validate", CLI.brokenManifests.first!.path])
        #expect(!run.stderr.contains("\u{1B}["))
    }

    @Test(arguments: [
        ["--help"], ["validate", "--help"], ["plan", "--help"], ["apply", "--help"], ["inventory", "--help"],
        ["schema", "--help"],
    ])
    func helpShowsExamples(_ arguments: [String]) throws {
        let run = try CLI.prune(arguments)
        #expect(run.status == 0)
        #expect(run.stdout.contains("Examples:"))
        #expect(run.stdout.contains("prune "))
    }

    @Test func unknownSubcommandIsUsageError() throws {
        let run = try CLI.prune(["frobnicate"])
        #expect(run.status == 64)
    }

    @Test func schemaMatchesTheCommittedFile() throws {
        let run = try CLI.prune(["schema"])
        #expect(run.status == 0)
        let committed = try String(
            contentsOf: BuiltProducts.packageRoot.appendingPathComponent("schema/prune-manifest.schema.json"),
            encoding: .utf8)
        #expect(run.stdout == committed, "run `prune schema > schema/prune-manifest.schema.json` and commit it")
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        #expect(object?["$schema"] as? String == "http://json-schema.org/draft-07/schema#")
    }
}

/// The root `--help` lists every exit code the CLI defines, read from `ExitCodes.swift`, so
/// the two cannot drift apart again.
@Suite("prune --help")
struct RootHelpTests {
    @Test func listsEveryExitCodeAndNoStaleStatus() throws {
        let source = try String(
            contentsOf: BuiltProducts.packageRoot.appendingPathComponent("Sources/prune/ExitCodes.swift"),
            encoding: .utf8)
        let codes = source.matches(of: /ExitCode\((\d+)\)/).map { String($0.output.1) }
        #expect(codes.count == 7)
        let run = try CLI.prune(["--help"])
        #expect(run.status == 0)
        let lines = run.stdout.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        for code in ["0"] + codes {
            #expect(lines.contains { $0.hasPrefix(code + " ") }, "exit code \(code) missing from prune --help")
        }
        #expect(!run.stdout.contains("not built yet"))
        for command in ["validate", "plan", "apply", "inventory", "schema"] {
            #expect(run.stdout.contains("prune \(command) "), "prune --help shows no example of \(command)")
        }
    }
}
