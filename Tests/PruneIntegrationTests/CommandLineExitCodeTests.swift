import CodeArtifactEmulator
import Foundation
import Inventory
import PruneAWS
import PruneEngine
import TestSupport
import Testing

/// The `prune` executable against the in-process emulator: exit codes of docs/spec/product.md.
@Suite("prune plan/apply exit codes")
struct CommandLineExitCodeTests {
    typealias Output = ProcessOutput

    static var prune: URL { BuiltProducts.executable("prune") }

    /// Runs prune against `server`; `interruptWhen` is polled and SIGINT sent once it holds. The
    /// blocking waits run on a dispatch queue, never on the concurrency pool the emulator needs.
    static func run(
        _ arguments: [String], server: CodeArtifactEmulatorServer,
        interruptWhen: (@Sendable () -> Bool)? = nil, environment: [String: String?] = [:]
    ) async throws -> Output {
        let endpoint = server.endpoint.absoluteString
        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(
                    with: Result {
                        try runBlocking(
                            arguments, endpoint: endpoint, interruptWhen: interruptWhen, environment: environment)
                    })
            }
        }
    }

    /// The variables prune runs with: static keys for the emulator, no instance metadata.
    static let environment = [
        "AWS_ACCESS_KEY_ID": "AKIDEMULATOR", "AWS_SECRET_ACCESS_KEY": "emulator-secret", "AWS_REGION": "us-east-1",
        "AWS_EC2_METADATA_DISABLED": "true", "PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(),
    ]

    /// Runs prune without an endpoint (offline commands).
    static func runOffline(_ arguments: [String], environment: [String: String?] = [:]) async throws -> Output {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(
                    with: Result {
                        try runBlocking(arguments, endpoint: nil, interruptWhen: nil, environment: environment)
                    })
            }
        }
    }

    /// Runs prune and waits; `environment` overrides the emulator's defaults (nil removes a variable).
    static func runBlocking(
        _ arguments: [String], endpoint: String?, interruptWhen: (@Sendable () -> Bool)?,
        environment overrides: [String: String?] = [:]
    ) throws -> Output {
        try ProcessRun.run(
            prune, arguments + (endpoint.map { ["--endpoint-url", $0] } ?? []), base: Self.environment,
            environment: overrides, interruptWhen: interruptWhen)
    }

    static func temporary(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("prune-\(UUID().uuidString)-\(name)").path
    }

    static func write(_ yaml: String) throws -> String {
        let path = temporary("plan.yaml")
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func applySucceedsWithExit0AndWritesTheReport() async throws {
        try await Harness.withEmulator(try Harness.exampleInventory()) { server, _ in
            let report = Self.temporary("report.json")
            let output = try await Self.run(
                ["apply", "examples/npm-prereleases.yaml", "--yes", "--report", report], server: server)
            #expect(output.status == 0, "\(output.stderr)")
            let document = try DocumentLoader.load(ReportDocument.self, path: report)
            #expect(document.summary.failed == 0)
            #expect(document.summary.succeeded > 0)
            #expect(output.stderr.contains("succeeded"))
            // Nothing left to do: a second run acts on nothing and exits 0.
            let again = try await Self.run(
                ["plan", "examples/npm-prereleases.yaml", "--detailed-exitcode"], server: server)
            #expect(again.status == 0, "\(again.stdout)")
        }
    }

    @Test func manifestWithoutATerminalNeedsYes() async throws {
        try await Harness.withEmulator(try Harness.exampleInventory()) { server, _ in
            let output = try await Self.run(["apply", "examples/npm-prereleases.yaml"], server: server)
            #expect(output.status == 64)
            #expect(output.stderr.contains("--yes"))
            #expect(server.counters.totalRequests == 0)
        }
    }

    @Test func detailedExitcodeIs2WhenThereIsSomethingToDo() async throws {
        try await Harness.withEmulator(try Harness.exampleInventory()) { server, _ in
            let output = try await Self.run(
                ["plan", "examples/npm-prereleases.yaml", "--detailed-exitcode"], server: server)
            #expect(output.status == 2)
            #expect(server.counters[.deletePackageVersions].requests == 0)
        }
    }

    @Test func maxDeletionsRefusesWithExit4AndActsOnNothing() async throws {
        let plan = try Self.write(
            """
            version: 1
            settings: {maxDeletions: 3}
            targets:
              - {name: betas, domain: acme, repository: npm-store, format: npm, namespace: acme, select: {versions: ['*-beta*']}}
            """)
        try await Harness.withEmulator(try Harness.exampleInventory()) { server, _ in
            let before = server.inventory()
            let report = Self.temporary("report.json")
            let planned = try await Self.run(["plan", plan, "--out", Self.temporary("plan.json")], server: server)
            #expect(planned.status == 4)
            #expect(planned.stdout.contains("refused"))
            let applied = try await Self.run(["apply", plan, "--yes", "--report", report], server: server)
            #expect(applied.status == 4)
            let document = try DocumentLoader.load(ReportDocument.self, path: report)
            #expect(document.refused?.contains("maxDeletions") == true)
            #expect(document.summary.succeeded == 0)
            #expect(
                document.packages.allSatisfy { $0.failedVersions.values.allSatisfy { $0.errorCode == .notAttempted } }
            )
            #expect(document.summary.versions > 3)
            #expect(server.inventory() == before)
        }
    }

    @Test func conflictingTargetsRefuseWithExit4() async throws {
        let plan = try Self.write(
            """
            version: 1
            targets:
              - {name: a, domain: acme, repository: npm-store, format: npm, namespace: acme, select: {versions: ['*-beta*']}}
              - {name: b, domain: acme, repository: npm-store, format: npm, namespace: acme, select: {versions: ['*-beta.1']}, action: archive}
            """)
        try await Harness.withEmulator(try Harness.exampleInventory()) { server, _ in
            let output = try await Self.run(["plan", plan], server: server)
            #expect(output.status == 4)
            #expect(output.stdout.contains("conflict"))
        }
    }

    @Test func partialFailureExits3AndRetryFailedHasNothingRetryable() async throws {
        try await Harness.withEmulator(try Harness.exampleInventory()) { server, session in
            let saved = Self.temporary("plan.json")
            let planned = try await Self.run(["plan", "examples/npm-prereleases.yaml", "--out", saved], server: server)
            #expect(planned.status == 0, "\(planned.stderr)")
            // Someone archives a planned version before the apply.
            let document = try DocumentLoader.load(PlanDocument.self, path: saved)
            let victim = try #require(document.actions.first)
            _ = try await ServiceWriter(session: session, pacer: nil).write(
                WriteRequest(
                    coordinates: victim.coordinates, action: .archive, expectedStatus: victim.status,
                    versions: [victim.version], revisions: [:]))
            let report = Self.temporary("report.json")
            let applied = try await Self.run(["apply", saved, "--report", report], server: server)
            #expect(applied.status == 3, "\(applied.stderr)")
            let result = try DocumentLoader.load(ReportDocument.self, path: report)
            #expect(result.summary.failed == 1)
            #expect(result.packages.contains { $0.failedVersions[victim.version]?.errorCode == .mismatchedStatus })
            let retried = try await Self.run(
                ["apply", "--retry-failed", report, "--report", Self.temporary("r2.json")], server: server)
            #expect(retried.status == 0, "MISMATCHED_STATUS is not retryable: nothing to do")
        }
    }

    @Test func invalidSavedPlanExits65() async throws {
        let path = Self.temporary("plan.json")
        try #"{"planVersion": 1, "manifest": {"path": "p", "sha256": "x"}, "actions": [{"status": "Gone"}]}"#.write(
            toFile: path, atomically: true, encoding: .utf8)
        try await Harness.withEmulator(try Harness.exampleInventory()) { server, _ in
            let output = try await Self.run(["apply", path], server: server)
            #expect(output.status == 65)
            #expect(output.stderr.contains(path))
            #expect(server.counters.totalRequests == 0)
        }
    }

    @Test func sigintExits130WithACompleteReport() async throws {
        // 20 packages, one write call each, one call at a time, each taking a second.
        let inventory = Harness.npmInventory(packages: 20, versions: 3)
        let plan = try Self.write(
            """
            version: 1
            settings: {concurrency: 1}
            targets:
              - {name: all, domain: acme, repository: repo1, format: npm, keep: {latest: 1}}
            """)
        let faults = try EmulatorFaults.parse("writes=latency:1s,seed=1")
        try await Harness.withEmulator(inventory, faults: faults) { server, _ in
            let report = Self.temporary("report.json")
            let output = try await Self.run(
                ["apply", plan, "--yes", "--report", report], server: server,
                interruptWhen: { server.counters[.deletePackageVersions].requests >= 2 })
            #expect(output.status == 130, "\(output.stderr)")
            let document = try DocumentLoader.load(ReportDocument.self, path: report)
            #expect(document.interrupted == true)
            let reported = document.packages.reduce(0) { $0 + $1.successfulVersions.count + $1.failedVersions.count }
            #expect(reported == document.summary.versions)
            #expect(document.summary.versions == 40)
            #expect(document.summary.failed > 0)
            #expect(document.summary.succeeded > 0)
            // Successes are really gone.
            let remaining = Harness.versions(server.inventory())
            for entry in document.packages {
                for version in entry.successfulVersions.keys {
                    #expect(remaining[Harness.key(entry.coordinates, version)] == nil)
                }
            }
            // A rerun of the retryable rest finishes the job.
            server.faults = .none
            let rerun = try await Self.run(
                ["apply", "--retry-failed", report, "--report", Self.temporary("r2.json")], server: server)
            #expect(rerun.status == 0, "\(rerun.stderr)")
            #expect(Harness.versions(server.inventory()).count == 20)
        }
    }

    @Test func injectedFaultsExit3WithACompleteReportAndRetryFailedExits0() async throws {
        let inventory = Harness.npmInventory(packages: 80, versions: 3)
        let plan = try Self.write(
            """
            version: 1
            settings: {rateLimits: {writes: 1000, DeletePackageVersions: 1000}}
            targets:
              - {name: all, domain: acme, repository: repo1, format: npm, keep: {latest: 1}}
            """)
        // Heavy enough that the retry budget runs out and some writes fail for good.
        let faults = try EmulatorFaults.parse("writes=500:0.7,drop:0.1,seed=3")
        try await Harness.withEmulator(inventory, faults: faults) { server, _ in
            let report = Self.temporary("report.json")
            let first = try await Self.run(["apply", plan, "--yes", "--report", report], server: server)
            #expect(first.status == 3, "\(first.stderr)")
            let document = try DocumentLoader.load(ReportDocument.self, path: report)
            let reported = document.packages.reduce(0) { $0 + $1.successfulVersions.count + $1.failedVersions.count }
            #expect(reported == 160)
            #expect(document.summary.failed > 0)
            #expect(document.retryableWrites.count == document.summary.failed)
            server.faults = try EmulatorFaults.parse("writes=500:0.2,seed=4")
            let retried = try await Self.run(
                ["apply", "--retry-failed", report, "--report", Self.temporary("r2.json")], server: server)
            #expect(retried.status == 0, "\(retried.stderr)")
            #expect(Harness.versions(server.inventory()).count == 80)
        }
    }
}
