import CodeArtifactEmulator
import Foundation
import Inventory
import PruneEngine
import Testing

/// docs/spec/product.md, "The safety gate": every input that leads to writes (manifest, saved plan,
/// report) × every refusal cause, proven from the emulator's own counters: zero write requests,
/// and the exit code (4 refusals, 1 runtime reasons, 64 a contradicting command line).
@Suite("The safety gate against the emulator", .serialized)
struct SafetyGateAgainstEmulatorTests {
    typealias CLI = CommandLineExitCodeTests

    /// The example inventory's npm betas; `extra` goes into the target, `settings` at the top.
    static func manifest(settings: String = "{}", region: String? = "us-east-1", extraTargets: String = "") throws
        -> String
    {
        try CLI.write(
            """
            version: 1
            settings: \(settings)
            targets:
              - {name: betas, domain: acme, repository: npm-store, format: npm, namespace: acme\(region.map { ", region: \($0)" } ?? ""), select: {versions: ['*-beta*']}}
            \(extraTargets)
            """)
    }

    static let conflicting =
        "  - {name: archive-betas, domain: acme, repository: npm-store, format: npm, namespace: acme, select: {versions: ['*-beta.1']}, action: archive}"

    static func writeRequests(_ server: CodeArtifactEmulatorServer) -> Int {
        let counters = server.counters
        return counters[.deletePackageVersions].requests + counters[.disposePackageVersions].requests
            + counters[.updatePackageVersionsStatus].requests
    }

    /// Runs `arguments`, expects `status` and that no write reached the server (and its state is the seed's).
    static func expectStopped(
        _ arguments: [String], _ status: Int32, server: CodeArtifactEmulatorServer, seed: Inventory,
        environment: [String: String?] = [:], mentions: String? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let output = try await CLI.run(arguments, server: server, environment: environment)
        #expect(output.status == status, "\(arguments): \(output.stderr)", sourceLocation: sourceLocation)
        #expect(writeRequests(server) == 0, "\(arguments) sent a write", sourceLocation: sourceLocation)
        #expect(server.inventory() == seed, sourceLocation: sourceLocation)
        if let mentions {
            #expect(output.stderr.contains(mentions), "\(output.stderr)", sourceLocation: sourceLocation)
        }
    }

    /// A saved plan of `manifest` (exit 0), as a mutable JSON object.
    static func savedPlan(_ manifest: String, server: CodeArtifactEmulatorServer, extra: [String] = []) async throws
        -> (path: String, json: [String: Any])
    {
        let path = CLI.temporary("plan.json")
        let output = try await CLI.run(["plan", manifest, "--out", path] + extra, server: server)
        #expect(output.status == 0, "\(output.stderr)")
        let json = try #require(
            JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        return (path, json)
    }

    static func save(_ json: [String: Any], _ name: String) throws -> String {
        let path = CLI.temporary(name)
        try JSONSerialization.data(withJSONObject: json, options: [.sortedKeys]).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// A refused run's report (maxDeletions 1), as path and JSON.
    static func refusedReport(server: CodeArtifactEmulatorServer) async throws -> (path: String, json: [String: Any]) {
        let path = CLI.temporary("refused.json")
        let output = try await CLI.run(
            ["apply", try manifest(settings: "{maxDeletions: 1}"), "--yes", "--report", path], server: server)
        #expect(output.status == 4, "\(output.stderr)")
        let json = try #require(
            JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        #expect(json["refused"] != nil)
        return (path, json)
    }

    /// The refused report made into a plain to-do list: no `refused` mark, a limit that holds.
    static func unrefused(_ report: [String: Any]) -> [String: Any] {
        var report = report
        report["refused"] = nil
        var settings = report["settings"] as? [String: Any] ?? [:]
        settings["maxDeletions"] = 10_000
        report["settings"] = settings
        return report
    }

    /// A document's list (actions, or report packages) with its first entry repeated as an archive.
    static func withArchivingTwin(_ list: Any?) throws -> [[String: Any]] {
        var entries = try #require(list as? [[String: Any]])
        var twin = entries[0]
        twin["action"] = "archive"
        entries.append(twin)
        return entries
    }

    // MARK: - maxDeletions

    @Test func maxDeletionsRefusesEveryInput() async throws {
        try await Harness.withEmulator(try Harness.exampleInventory()) { server, _ in
            let seed = server.inventory()
            // Manifest.
            try await Self.expectStopped(
                [
                    "apply", try Self.manifest(settings: "{maxDeletions: 1}"), "--yes", "--report",
                    CLI.temporary("r.json"),
                ],
                4, server: server, seed: seed, mentions: "maxDeletions")
            // Saved plan whose limit was lowered by hand: recomputed, not read from `refused`.
            var (_, plan) = try await Self.savedPlan(try Self.manifest(), server: server)
            var settings = try #require(plan["settings"] as? [String: Any])
            settings["maxDeletions"] = 1
            plan["settings"] = settings
            try await Self.expectStopped(
                ["apply", try Self.save(plan, "plan.json"), "--report", CLI.temporary("r.json")], 4, server: server,
                seed: seed, mentions: "maxDeletions")
            // Report: a refused run's report is a record, not a to-do list.
            var (refused, report) = try await Self.refusedReport(server: server)
            try await Self.expectStopped(
                ["apply", "--retry-failed", refused, "--report", CLI.temporary("r.json")], 4, server: server,
                seed: seed,
                mentions: "refused run")
            // ... and with its `refused` mark removed, the limit it carries still holds.
            report["refused"] = nil
            try await Self.expectStopped(
                ["apply", "--retry-failed", try Self.save(report, "report.json"), "--report", CLI.temporary("r.json")],
                4, server: server, seed: seed, mentions: "maxDeletions")
        }
    }

    // MARK: - conflicts

    @Test func conflictsRefuseEveryInput() async throws {
        try await Harness.withEmulator(try Harness.exampleInventory()) { server, _ in
            let seed = server.inventory()
            let conflicting = try Self.manifest(extraTargets: Self.conflicting)
            try await Self.expectStopped(
                ["apply", conflicting, "--yes", "--report", CLI.temporary("r.json")], 4, server: server, seed: seed)
            // The document `plan --format json` prints for a refused plan (exit 4) carries its conflicts.
            let printed = try await CLI.run(["plan", conflicting, "--format", "json"], server: server)
            #expect(printed.status == 4)
            let document = CLI.temporary("conflicts.json")
            try printed.stdout.write(toFile: document, atomically: true, encoding: .utf8)
            try await Self.expectStopped(
                ["apply", document, "--report", CLI.temporary("r.json")], 4, server: server, seed: seed,
                mentions: "different actions")
            // A saved plan edited to act twice on one version, differently: no manifest makes
            // that, so it is invalid input (65 comes before 4); the gate's own recomputation of
            // conflicts is pinned in the engine's tests.
            var (_, plan) = try await Self.savedPlan(try Self.manifest(), server: server)
            plan["actions"] = try Self.withArchivingTwin(plan["actions"])
            try await Self.expectStopped(
                ["apply", try Self.save(plan, "plan.json"), "--report", CLI.temporary("r.json")], 65, server: server,
                seed: seed, mentions: "listed twice")
            // A report edited the same way.
            var report = Self.unrefused(try await Self.refusedReport(server: server).json)
            report["packages"] = try Self.withArchivingTwin(report["packages"])
            try await Self.expectStopped(
                ["apply", "--retry-failed", try Self.save(report, "report.json"), "--report", CLI.temporary("r.json")],
                4, server: server, seed: seed, mentions: "two actions for one version")
        }
    }

    // MARK: - look-ahead

    @Test func aLookAheadNeverActs() async throws {
        try await Harness.withEmulator(try Harness.exampleInventory()) { server, _ in
            let seed = server.inventory()
            // A manifest whose settings.now lies in the future.
            let future = try Self.manifest(settings: "{now: 2099-01-01T00:00:00Z}")
            try await Self.expectStopped(
                ["apply", future, "--yes", "--report", CLI.temporary("r.json")], 4, server: server, seed: seed,
                mentions: "look-ahead")
            // A saved plan whose `now` is in the future. (A report carries no `now`: its writes
            // come from a run that passed this gate.)
            var (_, plan) = try await Self.savedPlan(try Self.manifest(), server: server)
            plan["now"] = "2099-01-01T00:00:00Z"
            try await Self.expectStopped(
                ["apply", try Self.save(plan, "plan.json"), "--report", CLI.temporary("r.json")], 4, server: server,
                seed: seed, mentions: "look-ahead")
        }
    }

    /// `prune plan --now +30d` previews what the plan will take in a month (counted from
    /// `settings.now` when the plan fixes one); a saved plan made so is refused by apply.
    @Test func lookAheadPreviewsMoreAndItsSavedPlanIsRefused() async throws {
        let fixed = "Tests/PruneIntegrationTests/Fixtures/golden/nightly-cleanup.yaml"
        func acted(_ extra: [String]) async throws -> (now: String, act: Int) {
            let output = try await CLI.runOffline(
                ["plan", fixed, "--inventory", "examples/inventory.json", "--format", "json"] + extra)
            #expect(output.status == 0, "\(output.stderr)")
            let document = try DocumentLoader.decode(PlanDocument.self, from: Data(output.stdout.utf8), path: "-")
            return (document.now, document.summary.act)
        }
        let today = try await acted([])
        let month = try await acted(["--now", "+30d"])
        let past = try await acted(["--now=-2w"])
        #expect(today.now == "2026-11-29T00:00:00Z")
        #expect(month.now == "2026-12-29T00:00:00Z", "relative to settings.now")
        #expect(past.now == "2026-11-15T00:00:00Z")
        #expect(month.act > today.act, "a month on, more versions are old enough")
        #expect(past.act <= today.act)
        let absolute = try await acted(["--now", "2027-05-30T00:00:00Z"])
        #expect(absolute.now == "2027-05-30T00:00:00Z")
        let bad = try await CLI.runOffline(["plan", fixed, "--inventory", "examples/inventory.json", "--now", "soon"])
        #expect(bad.status == 64)

        try await Harness.withEmulator(try Harness.exampleInventory()) { server, _ in
            let seed = server.inventory()
            // Without settings.now, +30d counts from the clock: the plan lies ahead of it.
            let path = CLI.temporary("ahead.json")
            let planned = try await CLI.run(
                ["plan", "examples/nightly-cleanup.yaml", "--now", "+30d", "--out", path], server: server)
            #expect(planned.status == 0, "\(planned.stderr)")
            #expect(planned.stdout.contains("look-ahead"))
            try await Self.expectStopped(
                ["apply", path, "--report", CLI.temporary("r.json")], 4, server: server, seed: seed,
                mentions: "look-ahead")
            let noOption = try await CLI.run(["apply", path, "--now", "+1d"], server: server)
            #expect(noOption.status == 64, "apply has no --now")
        }
    }

    // MARK: - region

    @Test func noRegionStopsEveryInputWithExit1() async throws {
        let noRegion: [String: String?] = ["AWS_REGION": nil, "AWS_DEFAULT_REGION": nil]
        try await Harness.withEmulator(try Harness.exampleInventory()) { server, _ in
            let seed = server.inventory()
            let manifest = try Self.manifest(region: nil)
            try await Self.expectStopped(
                ["apply", manifest, "--yes", "--report", CLI.temporary("r.json")], 1, server: server, seed: seed,
                environment: noRegion, mentions: "region")
            // An offline plan without a region: allowed (a preview, with a warning) ...
            let path = CLI.temporary("offline.json")
            let offline = try await CLI.runOffline(
                ["plan", manifest, "--inventory", "examples/inventory.json", "--out", path], environment: noRegion)
            #expect(offline.status == 0, "\(offline.stderr)")
            #expect(offline.stdout.contains("no AWS region"))
            // ... but applying it with none stops at the gate.
            try await Self.expectStopped(
                ["apply", path, "--report", CLI.temporary("r.json")], 1, server: server, seed: seed,
                environment: noRegion, mentions: "no AWS region")
            // A report whose entries name no region.
            var report = Self.unrefused(try await Self.refusedReport(server: server).json)
            report["packages"] = try #require(report["packages"] as? [[String: Any]]).map {
                var entry = $0
                entry["region"] = nil
                return entry
            }
            try await Self.expectStopped(
                ["apply", "--retry-failed", try Self.save(report, "report.json"), "--report", CLI.temporary("r.json")],
                1, server: server, seed: seed, environment: noRegion, mentions: "no AWS region")
            // The same offline plan applied with a region acts.
            let applied = try await CLI.run(["apply", path, "--report", CLI.temporary("r.json")], server: server)
            #expect(applied.status == 0, "\(applied.stderr)")
            #expect(Self.writeRequests(server) > 0)
        }
    }

    // MARK: - report path

    @Test func anUnwritableReportPathStopsEveryInputBeforeAnyWrite() async throws {
        let missing = NSTemporaryDirectory() + "prune-no-such-dir-\(UUID().uuidString)/report.json"
        try await Harness.withEmulator(try Harness.exampleInventory()) { server, _ in
            let seed = server.inventory()
            let manifest = try Self.manifest()
            try await Self.expectStopped(
                ["apply", manifest, "--yes", "--report", missing], 1, server: server, seed: seed,
                mentions: "does not exist")
            let (plan, _) = try await Self.savedPlan(manifest, server: server)
            try await Self.expectStopped(
                ["apply", plan, "--report", missing], 1, server: server, seed: seed, mentions: "does not exist")
            let report = Self.unrefused(try await Self.refusedReport(server: server).json)
            try await Self.expectStopped(
                ["apply", "--retry-failed", try Self.save(report, "report.json"), "--report", missing], 1,
                server: server, seed: seed, mentions: "does not exist")
            try await Self.expectStopped(
                ["apply", plan, "--report", ""], 64, server: server, seed: seed)
        }
    }

    // MARK: - credentials

    @Test func noCredentialsStopEveryInputWithExit1() async throws {
        let noKeys: [String: String?] = ["AWS_ACCESS_KEY_ID": nil, "AWS_SECRET_ACCESS_KEY": nil]
        try await Harness.withEmulator(try Harness.exampleInventory()) { server, _ in
            let seed = server.inventory()
            let manifest = try Self.manifest()
            try await Self.expectStopped(
                ["apply", manifest, "--yes", "--report", CLI.temporary("r.json")], 1, server: server, seed: seed,
                environment: noKeys)
            let (plan, _) = try await Self.savedPlan(manifest, server: server)
            let report = Self.unrefused(try await Self.refusedReport(server: server).json)
            let before = server.counters.totalRequests
            try await Self.expectStopped(
                ["apply", plan, "--report", CLI.temporary("r.json")], 1, server: server, seed: seed,
                environment: noKeys, mentions: "cannot send the writes")
            try await Self.expectStopped(
                ["apply", "--retry-failed", try Self.save(report, "report.json"), "--report", CLI.temporary("r.json")],
                1, server: server, seed: seed, environment: noKeys, mentions: "cannot send the writes")
            #expect(server.counters.totalRequests == before, "no request at all without credentials")
        }
    }

    // MARK: - shards

    @Test func aSavedPlanAppliedAsAnotherShardIsAUsageError() async throws {
        try await Harness.withEmulator(try Harness.exampleInventory()) { server, _ in
            let seed = server.inventory()
            let (plan, json) = try await Self.savedPlan(try Self.manifest(), server: server, extra: ["--shard", "0/2"])
            let settings = try #require(json["settings"] as? [String: Any])
            #expect(settings["shard"] as? String == "0/2")
            let rates = try #require(settings["rateLimits"] as? [String: Double])
            #expect(rates["writes"] == 50, "the saved plan holds the shard's share")
            try await Self.expectStopped(
                ["apply", plan, "--shard", "1/2", "--report", CLI.temporary("r.json")], 64, server: server, seed: seed,
                mentions: "does not match")
        }
    }

    /// `maxDeletions` applies per shard: a limit the whole plan exceeds holds for each shard.
    @Test func maxDeletionsAppliesPerShard() async throws {
        try await Harness.withEmulator(try Harness.exampleInventory()) { server, _ in
            var counts: [Int] = []
            for shard in ["0/2", "1/2"] {
                let (_, json) = try await Self.savedPlan(
                    try Self.manifest(), server: server, extra: ["--shard", shard])
                counts.append(try #require(json["actions"] as? [[String: Any]]).count)
            }
            let limit = try #require(counts.max())
            let total = counts.reduce(0, +)
            #expect(counts.allSatisfy { $0 > 0 } && limit < total, "the example's betas split over both shards")
            let manifest = try Self.manifest(settings: "{maxDeletions: \(limit)}")
            let whole = try await CLI.run(["plan", manifest], server: server)
            #expect(whole.status == 4, "the whole plan deletes \(total) > \(limit)")
            for shard in ["0/2", "1/2"] {
                let applied = try await CLI.run(
                    ["apply", manifest, "--yes", "--shard", shard, "--report", CLI.temporary("r.json")], server: server)
                #expect(applied.status == 0, "shard \(shard): \(applied.stderr)")
            }
            #expect(server.counters[.deletePackageVersions].requests > 0)
        }
    }

    // MARK: - exit 1 end to end

    @Test(arguments: [
        ("domain: acme, repository: no-such-store", "not found"),
        ("domain: no-such-domain, repository: npm-store", "not found"),
        ("domain: acme, repository: npm-store, domainOwner: '999988887777'", "AccessDenied"),
    ])
    func runtimeErrorsWhilePlanningExit1AndWriteNothing(_ defaults: String, _ mentions: String) async throws {
        let manifest = try CLI.write(
            """
            version: 1
            defaults: {\(defaults)}
            targets:
              - {name: betas, format: npm, namespace: acme, select: {versions: ['*-beta*']}}
            """)
        try await Harness.withEmulator(try Harness.exampleInventory()) { server, _ in
            let seed = server.inventory()
            try await Self.expectStopped(
                ["apply", manifest, "--yes", "--report", CLI.temporary("r.json")], 1, server: server, seed: seed,
                mentions: mentions)
        }
    }

    // MARK: - offline = online

    /// The same manifest and state, planned online and offline (the region from `AWS_REGION`
    /// in both), give the same actions and kept versions, with the same coordinates (region
    /// included), statuses, revisions, targets and reasons. What only the inventory knows
    /// without extra calls (every publish time; the owner when the plan names none) is left
    /// out of the comparison.
    @Test func offlineAndOnlinePlansAreIdenticalRegionIncluded() async throws {
        let manifest = try Self.manifest(settings: "{now: 2026-11-29T00:00:00Z}", region: nil)
        try await Harness.withEmulator(try Harness.exampleInventory()) { server, _ in
            let online = try await CLI.run(["plan", manifest, "--format", "json"], server: server)
            let offline = try await CLI.runOffline(
                ["plan", manifest, "--format", "json", "--inventory", "examples/inventory.json"])
            #expect(online.status == 0 && offline.status == 0, "\(online.stderr)\(offline.stderr)")
            func entries(_ text: String) throws -> [String] {
                let document = try DocumentLoader.decode(PlanDocument.self, from: Data(text.utf8), path: "plan.json")
                return (document.actions + document.kept).map { entry in
                    [
                        entry.region ?? "-", entry.domain, entry.repository, entry.format.rawValue,
                        entry.namespace ?? "-", entry.package, entry.version, entry.action?.rawValue ?? "keep",
                        entry.status.rawValue, entry.revision ?? "-", entry.target, entry.reason,
                    ].joined(separator: " ")
                }
            }
            let onlineEntries = try entries(online.stdout)
            #expect(!onlineEntries.isEmpty)
            #expect(onlineEntries == (try entries(offline.stdout)))
            #expect(onlineEntries.allSatisfy { $0.hasPrefix("us-east-1 ") })
        }
    }
}
