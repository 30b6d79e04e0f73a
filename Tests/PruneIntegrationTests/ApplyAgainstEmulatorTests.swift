import CodeArtifactClient
import CodeArtifactEmulator
import CodeArtifactModel
import Foundation
import Inventory
import PruneAWS
import PruneManifest
import Testing

@testable import PruneEngine

@Suite("Applying against the emulator")
struct ApplyAgainstEmulatorTests {
    struct Run {
        var plan: Plan
        var writes: [PlannedWrite]
        var result: ApplyRunner.Result
        var report: ReportDocument
        var requests: [WriteRequest]
        var before: [String: String]
        var after: [String: String]
    }

    /// Plans and applies `manifest` against a fresh emulator; `between` runs after planning, before writing.
    static func apply(
        _ manifest: Manifest, inventory: Inventory,
        between: @Sendable (AWSSession) async throws -> Void = { _ in },
        stop: StopSignal = StopSignal(), onProgress: @escaping @Sendable (ApplyRunner.Progress) -> Void = { _ in }
    ) async throws -> Run {
        try await Harness.withEmulator(inventory) { server, session in
            let limiter = RegionalRateLimiters(settings: manifest.settings)
            let source = ServiceSource(session: session, pacer: RateLimiterPacer(limiter))
            let plan = try await Harness.plan(manifest, source: source)
            try await between(session)
            let before = Harness.versions(server.inventory())
            let writes = PlanDocument(plan).actions.compactMap(PlannedWrite.init)
            let writer = RecordingWriter(ServiceWriter(session: session, pacer: RateLimiterPacer(limiter)))
            let result = await ApplyRunner(
                writes: writes, writer: writer, concurrency: manifest.settings.concurrency, stop: stop,
                progress: onProgress
            ).run()
            let total = session.statistics().total
            let report = ReportDocument(
                manifest: plan.manifest, startedAt: Harness.now, finishedAt: Harness.now, settings: plan.settings,
                warnings: plan.warnings, shard: nil, writes: writes, outcomes: result.outcomes,
                writeRequests: result.writeRequests,
                calls: .init(requests: total.requests, retries: total.retries, throttled: total.throttled),
                interrupted: result.interrupted)
            return Run(
                plan: plan, writes: writes, result: result, report: report, requests: writer.requests, before: before,
                after: Harness.versions(server.inventory()))
        }
    }

    /// The server's final state equals the seed minus exactly the report's successes.
    static func expectStateMatchesReport(_ run: Run) {
        var expected = run.before
        for entry in run.report.packages {
            for (version, success) in entry.successfulVersions {
                let key = Harness.key(entry.coordinates, version)
                if entry.action == .delete { expected[key] = nil } else { expected[key] = success.status }
            }
        }
        #expect(run.after == expected)
        let reported = run.report.packages.reduce(0) { $0 + $1.successfulVersions.count + $1.failedVersions.count }
        #expect(reported == run.writes.count, "every planned version exactly once")
    }

    @Test func everyExampleAppliesAndTheServerMatchesTheReport() async throws {
        for name in PlanAgainstEmulatorTests.examples {
            let run = try await Self.apply(
                Harness.manifest("examples/\(name).yaml"), inventory: Harness.exampleInventory())
            #expect(run.report.summary.failed == 0, "\(name)")
            #expect(run.report.summary.succeeded == run.plan.actionCount)
            #expect(run.requests.allSatisfy { $0.versions.count <= 100 && !$0.versions.isEmpty })
            Self.expectStateMatchesReport(run)
            // Nothing outside the plan was touched.
            let planned = Set(run.writes.map { Harness.key($0.coordinates, $0.version) })
            for (key, status) in run.before where !planned.contains(key) { #expect(run.after[key] == status, "\(key)") }
        }
    }

    @Test func requestsHoldAtMost100VersionsAndCarryTheStatusSeen() async throws {
        let versions = (0..<250).map { index in
            Inventory.Version(
                version: "1.0.\(index)", status: index % 5 == 0 ? .unlisted : .published, revision: "r\(index)",
                publishedTime: Harness.now.addingTimeInterval(-Double(index) * 86_400), origin: .internal)
        }
        let inventory = Inventory(domains: [
            Inventory.Domain(
                name: "acme", owner: "111122223333",
                repositories: [
                    Inventory.Repository(
                        name: "repo1", packages: [Inventory.Package(format: .npm, name: "big", versions: versions)])
                ])
        ])
        let manifest = try Harness.manifest(
            yaml: """
                version: 1
                targets:
                  - {name: t, domain: acme, repository: repo1, format: npm, keep: {latest: 3}, action: dispose}
                """)
        let run = try await Self.apply(manifest, inventory: inventory)
        #expect(run.report.summary.succeeded == 247)
        #expect(run.requests.map(\.versions.count).sorted() == [49, 98, 100])
        #expect(run.requests.allSatisfy { request in request.revisions.count == request.versions.count })
        #expect(Set(run.requests.map(\.expectedStatus)) == [.published, .unlisted])
        Self.expectStateMatchesReport(run)
    }

    @Test func aVersionChangedSincePlanningFailsWithMismatchedStatus() async throws {
        let manifest = try Harness.manifest("examples/npm-prereleases.yaml")
        let run = try await Self.apply(
            manifest, inventory: Harness.exampleInventory(),
            between: { session in
                let client = try session.codeArtifact()
                let package = PackageCoordinates(
                    domain: "acme", repository: "npm-store", format: .npm, namespace: "acme", package: "ui-kit")
                _ = try await client.updatePackageVersionsStatus(
                    UpdatePackageVersionsStatusRequest(
                        package: package, versions: ["1.1.0-beta.1"], expectedStatus: .published,
                        targetStatus: .archived))
            })
        let entry = try #require(run.report.packages.first { $0.package == "ui-kit" })
        let failure = try #require(entry.failedVersions["1.1.0-beta.1"])
        #expect(failure.errorCode == .mismatchedStatus)
        #expect(failure.errorMessage.contains("current status: Archived"))
        #expect(failure.plannedStatus == .published)
        #expect(run.report.summary.failed == 1)
        Self.expectStateMatchesReport(run)
    }

    @Test func faultsLeaveATruthfulReportAndARetryConverges() async throws {
        let manifest = try Harness.manifest("examples/nightly-cleanup.yaml")
        let faults = try EmulatorFaults.parse("writes=500:0.7,drop:0.1,seed=11")
        let inventory = try Harness.exampleInventory()
        try await Harness.withEmulator(inventory, faults: faults) { server, session in
            let seed = Harness.versions(server.inventory())
            let plan = try await Harness.plan(manifest, source: ServiceSource(session: session, pacer: nil))
            let writes = PlanDocument(plan).actions.compactMap(PlannedWrite.init)
            let writer = ServiceWriter(session: session, pacer: nil)
            let first = await ApplyRunner(writes: writes, writer: writer, concurrency: 4).run()
            #expect(first.outcomes.count == writes.count, "every planned version exactly once")
            #expect(first.outcomes.values.contains { !$0.isSuccess }, "the faults should have failed some writes")
            // Only unknown-outcome failures may have landed; every other failure left its version alone.
            let after = Harness.versions(server.inventory())
            for write in writes {
                let key = Harness.key(write.coordinates, write.version)
                switch first.outcomes[write]! {
                case .succeeded(let success):
                    #expect(after[key] == (write.action == .delete ? nil : success.status), "\(key)")
                case .failed(let failure) where !failure.errorCode.isUnknownOutcome:
                    #expect(after[key] == seed[key], "\(key) \(failure.errorCode)")
                case .failed:
                    break
                }
            }
            let planned = Set(writes.map { Harness.key($0.coordinates, $0.version) })
            for (key, status) in seed where !planned.contains(key) { #expect(after[key] == status, "\(key)") }

            // --retry-failed with the faults gone converges to the full plan.
            server.faults = .none
            let report = ReportDocument(
                manifest: plan.manifest, startedAt: Harness.now, finishedAt: Harness.now, settings: plan.settings,
                warnings: [], shard: nil, writes: writes, outcomes: first.outcomes, writeRequests: first.writeRequests,
                calls: .init(), interrupted: false)
            let retry = await ApplyRunner(writes: report.retryableWrites, writer: writer, concurrency: 4).run()
            let failedAgain = retry.outcomes.values.filter { !$0.isSuccess }
            #expect(failedAgain.isEmpty, "\(failedAgain)")
            #expect(retry.outcomes.count == report.retryableWrites.count)
            let final = Harness.versions(server.inventory())
            for write in writes where write.action == .delete {
                #expect(final[Harness.key(write.coordinates, write.version)] == nil)
            }
        }
    }

    @Test func interruptedRunsReportEverythingAndARerunFinishes() async throws {
        let manifest = try Harness.manifest(
            yaml: """
                version: 1
                settings: {concurrency: 1}
                targets:
                  - {name: t, domain: acme, repository: npm-store, format: npm, namespace: acme, keep: {latest: 1}, allowEmptyPackage: true}
                """)
        let stop = StopSignal()
        let run = try await Self.apply(
            manifest, inventory: Harness.exampleInventory(), stop: stop,
            onProgress: { progress in if progress.requests >= 1 { stop.stop() } })
        #expect(run.result.interrupted)
        #expect(run.report.interrupted == true)
        let notAttempted = run.report.packages.reduce(0) {
            $0 + $1.failedVersions.values.count { $0.errorCode == .notAttempted }
        }
        #expect(notAttempted > 0)
        #expect(run.report.summary.succeeded > 0)
        Self.expectStateMatchesReport(run)
        // The report is valid JSON that decodes back.
        let decoded = try JSONDecoder().decode(ReportDocument.self, from: try run.report.encoded())
        #expect(decoded.retryableWrites.count == notAttempted)
    }
}
