import CodeArtifactClient
import CodeArtifactEmulator
import CodeArtifactModel
import Foundation
import Inventory
import PruneAWS
import PruneEngine
import PruneManifest
import Testing

/// What the service's optimistic concurrency gives on the wire, proven against the emulator
/// rather than a fake writer: `SKIPPED` resends in all-or-nothing mode, and `versionRevisions`
/// stopping a dispose of a version that changed since planning.
@Suite("Optimistic concurrency on the wire")
struct OptimisticConcurrencyTests {
    /// One npm package `lib` in `repo1` with `count` Published versions, revision `prefix<i>`.
    static func inventory(_ count: Int, revisionPrefix: String = "r") -> Inventory {
        let versions = (0..<count).map { index in
            Inventory.Version(
                version: "1.0.\(index)", status: .published, revision: "\(revisionPrefix)\(index)",
                publishedTime: Harness.now.addingTimeInterval(-Double(index) * 86_400), origin: .internal)
        }
        return Inventory(domains: [
            Inventory.Domain(
                name: "acme", owner: "111122223333",
                repositories: [
                    Inventory.Repository(
                        name: "repo1", packages: [Inventory.Package(format: .npm, name: "lib", versions: versions)])
                ])
        ])
    }

    static func manifest(_ action: String) throws -> Manifest {
        try Harness.manifest(
            yaml: """
                version: 1
                targets:
                  - {name: t, domain: acme, repository: repo1, format: npm, keep: {latest: 1}, action: \(action)}
                """)
    }

    /// Plans `manifest` against `planned` (what was reviewed), then applies it through the
    /// safety gate against an emulator holding `actual`.
    static func apply(
        _ manifest: Manifest, planned: Inventory, actual: Inventory, mode: EmulatorStatusUpdateMode
    ) async throws -> (report: ReportDocument, server: Inventory, writeCalls: Int, skipped: Int) {
        let plan = try await Harness.plan(manifest, source: InventorySource(planned))
        let path = NSTemporaryDirectory() + "prune-oc-\(UUID().uuidString).json"
        return try await Harness.withEmulator(actual) { server, session in
            server.statusUpdates = mode
            let writer = ServiceWriter(session: session, pacer: nil)
            let run = ApplyRun(
                source: .plan(plan),
                context: SafetyGate.Context(
                    wallClock: Date(), shard: nil, defaultRegion: "us-east-1", reportPath: path, readiness: writer),
                startedAt: Date())
            let outcome = try await run.run(
                writer: writer, calls: { .init() }, confirm: { _ in true }, beginWrites: {}, stop: StopSignal(),
                progress: { _ in })
            guard case .finished(let report) = outcome else { throw CancellationError() }
            let counters = server.counters
            let writes =
                counters[.updatePackageVersionsStatus].requests + counters[.disposePackageVersions].requests
                + counters[.deletePackageVersions].requests
            let skipped = counters[.updatePackageVersionsStatus].failedVersions["SKIPPED", default: 0]
            return (report, server.inventory(), writes, skipped)
        }
    }

    static func status(_ inventory: Inventory, _ version: String) -> PackageVersionStatus? {
        inventory.domains[0].repositories[0].packages[0].versions.first { $0.version == version }?.status
    }

    @Test func skippedVersionsAreResentInAllOrNothingMode() async throws {
        let planned = Self.inventory(6)
        // Between plan and apply someone archived 1.0.3: in all-or-nothing mode the service
        // answers MISMATCHED_STATUS for it and SKIPPED for the other four.
        var actual = planned
        actual.domains[0].repositories[0].packages[0].versions[3].status = .archived
        let result = try await Self.apply(
            try Self.manifest("unlist"), planned: planned, actual: actual, mode: .allOrNothing)
        let entry = try #require(result.report.packages.first)
        #expect(result.skipped == 4, "the emulator really skipped the others first")
        #expect(result.writeCalls == 2, "one call, then one resend without the failing version")
        #expect(entry.failedVersions.keys.sorted() == ["1.0.3"])
        #expect(entry.failedVersions["1.0.3"]?.errorCode == .mismatchedStatus)
        #expect(entry.successfulVersions.keys.sorted() == ["1.0.1", "1.0.2", "1.0.4", "1.0.5"])
        for version in ["1.0.1", "1.0.2", "1.0.4", "1.0.5"] {
            #expect(Self.status(result.server, version) == .unlisted)
        }
        #expect(Self.status(result.server, "1.0.3") == .archived)
    }

    @Test func aDisposeWhoseRevisionChangedFailsAndTheVersionSurvives() async throws {
        let planned = Self.inventory(4)
        // 1.0.2 was republished (new revision, same status) after the plan was reviewed.
        var actual = planned
        actual.domains[0].repositories[0].packages[0].versions[2].revision = "republished"
        let result = try await Self.apply(
            try Self.manifest("dispose"), planned: planned, actual: actual, mode: .perVersion)
        let entry = try #require(result.report.packages.first)
        #expect(entry.failedVersions["1.0.2"]?.errorCode == .mismatchedRevision)
        #expect(entry.failedVersions["1.0.2"]?.revision == "r2", "the report keeps the revision seen at planning")
        #expect(Self.status(result.server, "1.0.2") == .published, "the changed version survives")
        #expect(Self.status(result.server, "1.0.1") == .disposed)
        #expect(Self.status(result.server, "1.0.3") == .disposed)
        #expect(Self.status(result.server, "1.0.0") == .published, "kept: the newest")
    }
}
