import CodeArtifactClient
import CodeArtifactEmulator
import Foundation
import Inventory
import PruneAWS
import PruneManifest
import Testing

@testable import PruneEngine

/// `--sizes`: what a plan frees, against hand computations on `examples/inventory.json`
/// (whose ui-kit version i, in the file's order, has one tarball of 1,048,576 + 4,096·i bytes,
/// and ui-icons version i one of 300,000 + 1,000·i bytes).
@Suite("Storage freed")
struct SizesTests {
    /// npm-prereleases deletes 2 ui-icons and 13 ui-kit versions. Their tarballs, newest first:
    /// ui-icons 3.2.0-rc.1 304,000 and 3.1.0-beta.1 302,000; ui-kit 2.1.0-beta.1 1,130,496,
    /// 2.0.0-rc.2 1,118,208, 2.0.0-rc.1 1,114,112, 2.0.0-beta.2 1,110,016, 2.0.0-beta.1 1,105,920,
    /// 2.0.0-alpha.3 1,101,824, 2.0.0-alpha.2 1,097,728, 2.0.0-alpha.1 1,093,632, 1.3.0-rc.1 1,085,440,
    /// 1.3.0-alpha.2 1,081,344, 1.3.0-alpha.1 1,077,248, 1.1.0-beta.2 1,060,864, 1.1.0-beta.1 1,056,768.
    static let iconsBytes: Int64 = 304_000 + 302_000
    static let kitBytes: Int64 =
        1_130_496 + 1_118_208 + 1_114_112 + 1_110_016 + 1_105_920 + 1_101_824 + 1_097_728 + 1_093_632 + 1_085_440
        + 1_081_344 + 1_077_248 + 1_060_864 + 1_056_768
    /// Sample: ui-icons has 2 deletes, both measured (exact); ui-kit's newest, oldest and middle
    /// (index 13 / 2 = 6: 2.0.0-alpha.2) are measured, the other 10 count their rounded mean.
    static let kitSampled: Int64 = 1_130_496 + 1_097_728 + 1_056_768
    static let kitMean: Int64 = (kitSampled + 1) / 3  // 3,284,992 / 3 = 1,094,997.3 → 1,094,997

    static func document(_ name: String, _ mode: SizingMode) async throws -> PlanDocument {
        let plan = try await Harness.plan(
            try Harness.manifest("examples/\(name).yaml"), source: InventorySource(try Harness.exampleInventory()),
            sizes: mode)
        return PlanDocument(plan)
    }

    @Test func exactSizesMatchTheHandComputation() async throws {
        #expect(Self.kitBytes == 14_233_600)
        let document = try await Self.document("npm-prereleases", .exact)
        #expect(document.summary.sizes == .exact)
        #expect(document.summary.bytes == Self.iconsBytes + Self.kitBytes)
        #expect(document.summary.bytes == 14_839_600)
        #expect(document.summary.bytesEstimated == false)
        #expect(document.summary.versionsUnknownSize == 0)
        #expect(document.summary.bytesByTarget == ["npm-prereleases": 14_839_600])
        #expect(document.actions.allSatisfy { $0.size != nil })
        #expect(document.actions.first { $0.version == "2.0.0-alpha.2" && $0.package == "ui-kit" }?.size == 1_097_728)
        // Kept versions are never measured.
        #expect(document.kept.allSatisfy { $0.size == nil })
    }

    @Test func sampleSizesExtrapolateByCount() async throws {
        let document = try await Self.document("npm-prereleases", .sample)
        let expected = Self.iconsBytes + Self.kitSampled + Self.kitMean * 10
        #expect(expected == 14_840_962)
        #expect(document.summary.bytes == expected)
        #expect(document.summary.bytesEstimated == true)
        #expect(document.summary.versionsUnknownSize == 0)
        let measured = document.actions.filter { $0.size != nil }.map { "\($0.package) \($0.version)" }.sorted()
        #expect(
            measured == [
                "ui-icons 3.1.0-beta.1", "ui-icons 3.2.0-rc.1", "ui-kit 1.1.0-beta.1", "ui-kit 2.0.0-alpha.2",
                "ui-kit 2.1.0-beta.1",
            ])
    }

    /// Archive and unlist free nothing; versions without assets are counted as unknown.
    @Test func totalsExcludeArchiveAndUnlistAndCountUnknowns() async throws {
        let document = try await Self.document("nightly-cleanup", .exact)
        // nuget Acme.Core has assets, but its versions are unlisted: never measured, frees 0.
        #expect(document.actions.filter { $0.action == .unlist }.allSatisfy { $0.size == nil })
        #expect(document.summary.bytesByTarget?["nuget-unlist-old-previews"] == 0)
        // build-api's 4 deletes have assets (app + checksums); build-web's 8 and cargo's 5 have none.
        let buildApi = document.actions.filter { $0.package == "build-api" }
        #expect(buildApi.count == 4 && buildApi.allSatisfy { $0.size != nil })
        let apiBytes = buildApi.reduce(Int64(0)) { $0 + $1.size! }
        #expect(document.summary.bytes == apiBytes)
        #expect(document.summary.bytesByTarget?["generic-ci-builds"] == apiBytes)
        #expect(document.summary.bytesByTarget?["cargo-prereleases"] == 0)
        #expect(document.summary.versionsUnknownSize == 8 + 5)
    }

    /// Decimal GB, as AWS bills: 1 GB = 10^9 bytes; binary units for display.
    @Test func priceArithmeticIsPinned() {
        #expect(SizeTally.monthlyCost(bytes: 1_000_000_000, price: 0.05) == 0.05)
        #expect(SizeTally.monthlyCost(bytes: 20_000_000_000, price: 0.05) == 1.0)
        #expect(abs(SizeTally.monthlyCost(bytes: 1_073_741_824, price: 0.05) - 0.053_687_091_2) < 1e-12)
        #expect(StorageText.monthly(1_073_741_824, price: 0.05) == "$0.05/month")
        #expect(StorageText.monthly(14_839_600, price: 0.05) == "$0.00074/month")
        #expect(StorageText.monthly(0, price: 0.05) == "$0.00/month")
        #expect(StorageText.monthly(300_000_000_000, price: 0.1) == "$30.00/month")
        #expect(StorageText.binary(512) == "512 B")
        #expect(StorageText.binary(1_536) == "1.5 KiB")
        #expect(StorageText.binary(14_839_600) == "14.2 MiB")
        #expect(StorageText.binary(1_073_741_824) == "1.0 GiB")
    }

    /// Against the emulator: sample costs at most 3 calls per package and action, exact one per
    /// deleted version, on the server's own counters; the bytes equal the offline plan's.
    @Test(arguments: [SizingMode.exact, .sample])
    func callsOnTheEmulatorsCounters(_ mode: SizingMode) async throws {
        let manifest = try Harness.manifest("examples/npm-prereleases.yaml")
        let (plan, calls) = try await Harness.withEmulator(try Harness.exampleInventory()) { server, session in
            let plan = try await Harness.plan(
                manifest, source: ServiceSource(session: session, pacer: nil), sizes: mode)
            return (plan, server.counters[.listPackageVersionAssets].requests)
        }
        let document = PlanDocument(plan)
        let offline = try await Self.document("npm-prereleases", mode)
        #expect(document.summary.bytes == offline.summary.bytes)
        switch mode {
        case .exact: #expect(calls == 15)
        case .sample: #expect(calls == 2 + 3)
        }
    }

    /// The report's bytesFreed is the sum of its own successful deletes' sizes, after faults
    /// and after `--retry-failed` (each version counted once).
    @Test func reportCountsWhatEachRunFreed() async throws {
        // Every write fails with a 500 (some after the change landed): nothing is freed by
        // this run, and the retry, finding those gone, counts them (once) as its own.
        _ = try await Self.freedOverARetry(faults: "writes=500:1.0,seed=11", firstRunFreesNothing: true)
        // Most writes fail (the client's 5 attempts usually lose against 70 % 500s): over a few
        // seeds some first runs free part of the plan and the retry the rest.
        var mixed = 0
        for seed in [1, 2, 3, 4, 5, 6] {
            let (first, _) = try await Self.freedOverARetry(faults: "writes=500:0.7,seed=\(seed)")
            if first.summary.succeeded > 0 && first.summary.failed > 0 { mixed += 1 }
        }
        #expect(mixed > 0, "no seed gave a first run that freed part of the plan")
    }

    /// Plans npm-prereleases with exact sizes, applies it under `faults` (one call at a time,
    /// so the seeded faults fall the same way every run), then retries what failed with no
    /// faults; checks each report's `bytesFreed` against its own successes and their sum
    /// against the plan's total. Returns both reports.
    static func freedOverARetry(faults text: String, firstRunFreesNothing: Bool = false) async throws -> (
        ReportDocument, ReportDocument
    ) {
        let manifest = try Harness.manifest("examples/npm-prereleases.yaml")
        let faults = try EmulatorFaults.parse(text)
        return try await Harness.withEmulator(try Harness.exampleInventory(), faults: faults) { server, session in
            let plan = try await Harness.plan(
                manifest, source: ServiceSource(session: session, pacer: nil), sizes: .exact)
            let writes = PlanDocument(plan).actions.compactMap(PlannedWrite.init)
            #expect(writes.allSatisfy { $0.size != nil })
            let writer = ServiceWriter(session: session, pacer: nil)
            let first = await ApplyRunner(writes: writes, writer: writer, concurrency: 1).run()
            let report = ReportDocument(
                manifest: plan.manifest, startedAt: Harness.now, finishedAt: Harness.now, settings: plan.settings,
                warnings: [], shard: nil, writes: writes, outcomes: first.outcomes, writeRequests: first.writeRequests,
                calls: .init(), interrupted: false)
            func successes(_ report: ReportDocument) -> Int64 {
                report.packages.reduce(Int64(0)) { sum, entry in
                    sum + entry.successfulVersions.values.reduce(Int64(0)) { $0 + ($1.size ?? 0) }
                }
            }
            #expect((report.summary.bytesFreed ?? 0) == successes(report))
            if firstRunFreesNothing {
                #expect(report.summary.bytesFreed == 0)
                #expect(report.summary.failed == writes.count)
            }
            #expect(report.packages.allSatisfy { $0.failedVersions.values.allSatisfy { $0.size != nil } })
            // Through JSON, as `--retry-failed` reads it.
            let reread = try JSONDecoder().decode(ReportDocument.self, from: try report.encoded())
            #expect(reread.validationProblems().isEmpty)
            server.faults = .none
            let retryWrites = reread.retryableWrites
            let retry = await ApplyRunner(writes: retryWrites, writer: writer, concurrency: 4).run()
            let second = ReportDocument(
                manifest: plan.manifest, startedAt: Harness.now, finishedAt: Harness.now, settings: plan.settings,
                warnings: [], shard: nil, writes: retryWrites, outcomes: retry.outcomes,
                writeRequests: retry.writeRequests, calls: .init(), interrupted: false)
            #expect(second.summary.failed == 0)
            #expect((second.summary.bytesFreed ?? 0) == successes(second))
            #expect((report.summary.bytesFreed ?? 0) + (second.summary.bytesFreed ?? 0) == 14_839_600)
            return (report, second)
        }
    }

    /// The binary end to end: `apply --sizes exact` measures in the read phase and the report
    /// and closing summary say what was freed; a saved plan's sizes are reused with no new
    /// ListPackageVersionAssets call.
    @Test func applyReportsBytesFreedAndASavedPlanReusesItsSizes() async throws {
        try await Harness.withEmulator(try Harness.exampleInventory()) { server, _ in
            let report = CommandLineExitCodeTests.temporary("sized-report.json")
            let applied = try await CommandLineExitCodeTests.run(
                ["apply", "examples/npm-prereleases.yaml", "--yes", "--sizes", "exact", "--report", report],
                server: server)
            #expect(applied.status == 0, "\(applied.stderr)")
            #expect(server.counters[.listPackageVersionAssets].requests == 15)
            let document = try DocumentLoader.load(ReportDocument.self, path: report)
            #expect(document.summary.bytesFreed == 14_839_600)
            #expect(document.packages.allSatisfy { $0.successfulVersions.values.allSatisfy { $0.size != nil } })
            #expect(applied.stderr.contains("freed 14.2 MiB (14839600 bytes)"), "\(applied.stderr)")
        }
        try await Harness.withEmulator(try Harness.exampleInventory()) { server, _ in
            let saved = CommandLineExitCodeTests.temporary("sized-plan.json")
            let planned = try await CommandLineExitCodeTests.run(
                ["plan", "examples/npm-prereleases.yaml", "--sizes", "sample", "--out", saved], server: server)
            #expect(planned.status == 0, "\(planned.stderr)")
            #expect(server.counters[.listPackageVersionAssets].requests == 5)
            let report = CommandLineExitCodeTests.temporary("saved-report.json")
            let applied = try await CommandLineExitCodeTests.run(
                ["apply", saved, "--sizes", "exact", "--report", report], server: server)
            #expect(applied.status == 0, "\(applied.stderr)")
            #expect(server.counters[.listPackageVersionAssets].requests == 5, "no new calls for a saved plan")
            // Only the sampled versions have a known size: the report counts exactly those.
            let document = try DocumentLoader.load(ReportDocument.self, path: report)
            #expect(document.summary.bytesFreed == Self.iconsBytes + Self.kitSampled)
        }
    }

    /// A negative size in a saved plan or a report is invalid (exit 65 in the CLI).
    @Test func negativeSizesAreInvalid() async throws {
        var document = try await Self.document("npm-prereleases", .exact)
        #expect(document.validationProblems().isEmpty)
        document.actions[0].size = -1
        #expect(document.validationProblems().contains { $0.hasPrefix("actions[0].size") })
        let path = CommandLineExitCodeTests.temporary("negative-size.json")
        try document.encoded().write(to: URL(fileURLWithPath: path))
        let output = try await CommandLineExitCodeTests.runOffline(["apply", path])
        #expect(output.status == 65, "\(output.stderr)")
        #expect(output.stderr.contains("actions[0].size"))
    }
}
