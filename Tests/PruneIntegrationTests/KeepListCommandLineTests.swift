import CodeArtifactEmulator
import Foundation
import Inventory
import PruneEngine
import Testing

/// `keep.listedIn` through the `prune` executable: every way a keep file can fail stops
/// `validate`, `plan` and `apply` with exit 65 before a single request; a good one protects.
@Suite("prune and keep.listedIn")
struct KeepListCommandLineTests {
    typealias CLI = CommandLineExitCodeTests

    /// A directory with a plan over the example inventory's npm-store whose keep list is `listedIn`.
    static func planDirectory(listedIn: String, files: [String: String]) throws -> String {
        let directory = CLI.temporary("keep-lists")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for (path, text) in files {
            let url = URL(fileURLWithPath: directory).appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let yaml = """
            version: 1
            defaults:
              domain: acme
              domainOwner: "111122223333"
              region: us-east-1
            targets:
              - name: prereleases
                repository: npm-store
                format: npm
                namespace: acme
                select:
                  versions: ["*-alpha*", "*-beta*", "*-rc*"]
                keep:
                  listedIn: \(listedIn)
                action: delete
            """
        try yaml.write(toFile: directory + "/plan.yaml", atomically: true, encoding: .utf8)
        return directory + "/plan.yaml"
    }

    /// `validate` never talks to a service, so it takes no endpoint; the others point at the emulator.
    static func run(_ arguments: [String], server: CodeArtifactEmulatorServer) async throws -> CLI.Output {
        if arguments.first == "validate" { return try await CLI.runOffline(arguments) }
        return try await CLI.run(arguments, server: server)
    }

    /// Each failure mode: a name, the `listedIn` value, the files, and what stderr says.
    static let failures: [(String, String, [String: String], String)] = [
        ("no match", "\"deploy/*.lock\"", [:], "matches no file"),
        ("unreadable", "deploy/package-lock.json", [:], "cannot read 'deploy/package-lock.json'"),
        ("unparseable", "package-lock.json", ["package-lock.json": "{\n  \"packages\": [\n"], "package-lock.json:3:1"),
        ("unknown kind", "versions.csv", ["versions.csv": "ui-kit,1.0.0\n"], "not a file kind prune recognises"),
    ]

    @Test(arguments: 0..<4)
    func everyFailureExits65WithNoRequest(_ index: Int) async throws {
        let (name, listedIn, files, message) = Self.failures[index]
        let plan = try Self.planDirectory(listedIn: listedIn, files: files)
        try await Harness.withEmulator(try Harness.exampleInventory()) { server, _ in
            for arguments in [["validate", plan], ["plan", plan], ["apply", plan, "--yes"]] {
                let output = try await Self.run(arguments, server: server)
                #expect(output.status == 65, "\(name): \(arguments[0]): \(output.stderr)")
                #expect(output.stderr.contains(message), "\(name): \(arguments[0]): \(output.stderr)")
                #expect(output.stderr.contains("plan.yaml:14:"), "\(name): located at the listedIn value")
            }
            #expect(server.counters.totalRequests == 0, "\(name)")
        }
    }

    @Test func aFileOver64MiBExits65WithNoRequest() async throws {
        let plan = try Self.planDirectory(listedIn: "Cargo.lock", files: [:])
        let path = (plan as NSString).deletingLastPathComponent + "/Cargo.lock"
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 64 * 1024 * 1024 + 1)
        try handle.close()
        try await Harness.withEmulator(try Harness.exampleInventory()) { server, _ in
            for arguments in [["validate", plan], ["plan", plan], ["apply", plan, "--yes"]] {
                let output = try await Self.run(arguments, server: server)
                #expect(output.status == 65, "\(arguments[0]): \(output.stderr)")
                #expect(output.stderr.contains("64 MiB"))
            }
            #expect(server.counters.totalRequests == 0)
        }
    }

    @Test func aListedVersionIsKeptAndTheSavedPlanRecordsTheFile() async throws {
        let inventory = try Harness.exampleInventory()
        let package = try #require(
            inventory.domains.flatMap(\.repositories).filter { $0.name == "npm-store" }.flatMap(\.packages).first {
                $0.namespace == "acme" && $0.versions.contains { $0.version.contains("-rc") }
            })
        let version = try #require(package.versions.first { $0.version.contains("-rc") }).version
        let plan = try Self.planDirectory(
            listedIn: "deployed.purls", files: ["deployed.purls": "pkg:npm/%40acme/\(package.name)@\(version)\n"])
        let out = CLI.temporary("plan.json")
        try await Harness.withEmulator(inventory) { server, _ in
            let output = try await CLI.run(["plan", plan, "--out", out], server: server)
            #expect(output.status == 0, "\(output.stderr)")
        }
        let document = try DocumentLoader.load(PlanDocument.self, path: out)
        let kept = try #require(document.kept.first { $0.package == package.name && $0.version == version })
        #expect(kept.reason == "listed in deployed.purls:1")
        #expect(document.keepLists?.map(\.path) == ["deployed.purls"])
        #expect(document.keepLists?.first?.sha256.count == 64)
        #expect(!document.actions.contains { $0.package == package.name && $0.version == version })
    }

    @Test func theReportRecordsTheFilesAndApplyingTheSavedPlanDoesNotReadThemAgain() async throws {
        let plan = try Self.planDirectory(
            listedIn: "deployed.purls", files: ["deployed.purls": "pkg:npm/%40acme/ui-kit@1.1.0-beta.1\n"])
        let saved = CLI.temporary("plan.json")
        let report = CLI.temporary("report.json")
        try await Harness.withEmulator(try Harness.exampleInventory()) { server, _ in
            let planned = try await CLI.run(["plan", plan, "--out", saved], server: server)
            #expect(planned.status == 0, "\(planned.stderr)")
            // The keep list is gone: a saved plan acts on what was reviewed, without reading it.
            try FileManager.default.removeItem(
                atPath: (plan as NSString).deletingLastPathComponent + "/deployed.purls")
            let applied = try await CLI.run(["apply", saved, "--report", report], server: server)
            #expect(applied.status == 0, "\(applied.stderr)")
        }
        let document = try DocumentLoader.load(ReportDocument.self, path: report)
        #expect(document.keepLists?.map(\.path) == ["deployed.purls"])
    }
}
