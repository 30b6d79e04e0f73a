import CodeArtifactModel
import Foundation
import PruneManifest
import Testing

@testable import PruneEngine

/// The safety gate on its own: every refusal recomputed from the writes, for each input kind.
@Suite("The safety gate")
struct SafetyGateTests {
    static let package = PackageCoordinates(
        region: "us-east-1", domain: "acme", repository: "repo1", format: .npm, package: "ui-kit")
    static let reference = ManifestReference(path: "plan.yaml", sha256: "00")
    static let wallClock = Date(timeIntervalSince1970: 1_796_000_000)

    struct Ready: WriteReadiness {
        var failure: String?
        func checkReady(regions: [String]) async throws {
            if let failure { throw GateTestError(message: failure) }
        }
    }

    struct GateTestError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    static func writes(_ count: Int, action: TargetAction = .delete, region: String? = "us-east-1") -> [PlannedWrite] {
        var coordinates = package
        coordinates.region = region
        return (0..<count).map {
            PlannedWrite(
                coordinates: coordinates, action: action, target: "t", version: "1.0.\($0)", status: .published,
                revision: "r\($0)")
        }
    }

    static func savedPlan(
        _ writes: [PlannedWrite], maxDeletions: Int = 10_000, now: Date = wallClock, shard: String? = nil,
        refused: String? = nil, conflicts: [String]? = nil
    ) -> PlanDocument {
        let entries = writes.map { write in
            PlanDocument.Entry(
                region: write.coordinates.region, domain: write.coordinates.domain,
                domainOwner: write.coordinates.domainOwner, repository: write.coordinates.repository,
                format: write.coordinates.format, namespace: write.coordinates.namespace,
                package: write.coordinates.package, version: write.version, action: write.action,
                status: write.status, revision: write.revision, publishedTime: nil, origin: nil, target: write.target,
                reason: "test", trace: nil)
        }
        var settings = SettingsDocument(Settings(maxDeletions: maxDeletions), shard: shard)
        settings.shard = shard
        return PlanDocument(
            planVersion: 1, manifest: reference, createdAt: RFC3339.format(now), now: RFC3339.format(now),
            settings: settings, shard: shard,
            summary: PlanDocument.Summary(
                packages: 1, versions: writes.count, act: writes.count, keep: 0, deletions: 0, byAction: [:]),
            warnings: [], refused: refused, conflicts: conflicts, actions: entries, kept: [])
    }

    static func report(_ writes: [PlannedWrite], maxDeletions: Int = 10_000, refused: String? = nil) -> ReportDocument {
        ReportDocument(
            manifest: reference, startedAt: wallClock, finishedAt: wallClock,
            settings: Settings(maxDeletions: maxDeletions),
            warnings: [], shard: nil, writes: writes, outcomes: [:], writeRequests: 0, calls: .init(),
            interrupted: false, refused: refused)
    }

    static func gate(
        shard: Shard? = nil, region: String? = nil, reportPath: String? = nil, readiness: String? = nil
    ) -> SafetyGate {
        SafetyGate(
            context: SafetyGate.Context(
                wallClock: wallClock, shard: shard, defaultRegion: region,
                reportPath: reportPath ?? NSTemporaryDirectory() + "prune-gate-\(UUID().uuidString).json",
                readiness: Ready(failure: readiness)))
    }

    static func stop(_ gate: SafetyGate, _ source: WriteSource) async -> GateStop? {
        do {
            _ = try await gate.check(source)
            return nil
        } catch {
            return error
        }
    }

    // MARK: - maxDeletions

    @Test(arguments: ["savedPlan", "report"])
    func maxDeletionsExactlyTheLimitActsOneMoreRefuses(_ kind: String) async throws {
        func source(_ count: Int) -> WriteSource {
            kind == "savedPlan"
                ? .savedPlan(Self.savedPlan(Self.writes(count), maxDeletions: 5))
                : .report(Self.report(Self.writes(count), maxDeletions: 5))
        }
        let approved = try await Self.gate().check(source(5))
        #expect(approved.writes.count == 5)
        let stop = await Self.stop(Self.gate(), source(6))
        #expect(stop?.kind == .refused)
        #expect(stop?.description.contains("maxDeletions") == true)
    }

    @Test func archiveAndUnlistDoNotCountButDisposeDoes() async throws {
        let reversible =
            Self.writes(4, action: .archive)
            + Self.writes(4, action: .unlist).map {
                var write = $0
                write.version = "2.\(write.version)"
                return write
            }
        let approved = try await Self.gate().check(.savedPlan(Self.savedPlan(reversible, maxDeletions: 0)))
        #expect(approved.writes.count == 8)
        let stop = await Self.stop(
            Self.gate(), .savedPlan(Self.savedPlan(Self.writes(1, action: .dispose), maxDeletions: 0)))
        #expect(stop?.kind == .refused)
    }

    @Test func aVersionListedTwiceWithOneActionCountsOnce() async throws {
        let writes =
            Self.writes(3)
            + Self.writes(3).map {
                var write = $0
                write.target = "other"
                return write
            }
        _ = try await Self.gate().check(.savedPlan(Self.savedPlan(writes, maxDeletions: 3)))
    }

    // MARK: - conflicts and declared refusals

    @Test func conflictingActionsAreRecomputedFromTheWrites() async {
        let writes = Self.writes(2) + Self.writes(1, action: .archive)
        for source in [WriteSource.savedPlan(Self.savedPlan(writes)), .report(Self.report(writes))] {
            let stop = await Self.stop(Self.gate(), source)
            #expect(stop?.kind == .refused)
            #expect(stop?.description.contains("two actions for one version") == true)
        }
    }

    @Test func documentsThatDeclareARefusalAreRefused() async {
        let writes = Self.writes(1)
        let sources: [WriteSource] = [
            .savedPlan(Self.savedPlan(writes, refused: "2 conflicts between targets")),
            .savedPlan(
                Self.savedPlan(writes, conflicts: ["acme/repo1/npm/ui-kit 1.0.0: a would delete, b would archive"])),
            .report(Self.report(writes, refused: "the plan would delete 3 versions, more than maxDeletions 2")),
        ]
        for source in sources {
            let stop = await Self.stop(Self.gate(), source)
            #expect(stop?.kind == .refused)
        }
    }

    // MARK: - look-ahead

    @Test func nowMoreThanFiveMinutesAheadIsRefused() async throws {
        let writes = Self.writes(1)
        let atLimit = Self.wallClock.addingTimeInterval(SafetyGate.lookAheadAllowance)
        _ = try await Self.gate().check(.savedPlan(Self.savedPlan(writes, now: atLimit)))
        let stop = await Self.stop(
            Self.gate(), .savedPlan(Self.savedPlan(writes, now: atLimit.addingTimeInterval(1))))
        #expect(stop?.kind == .refused)
        #expect(stop?.description.contains("look-ahead") == true)
        // The past is fine (a plan reviewed yesterday).
        _ = try await Self.gate().check(
            .savedPlan(Self.savedPlan(writes, now: Self.wallClock.addingTimeInterval(-86_400))))
    }

    // MARK: - region, report path, credentials

    @Test func aWriteWithoutRegionTakesTheDefaultOrStopsTheRun() async throws {
        let writes = Self.writes(2, region: nil)
        let approved = try await Self.gate(region: "eu-west-1").check(.savedPlan(Self.savedPlan(writes)))
        #expect(approved.writes.allSatisfy { $0.coordinates.region == "eu-west-1" })
        let stop = await Self.stop(Self.gate(), .savedPlan(Self.savedPlan(writes)))
        #expect(stop?.kind == .runtime)
        #expect(stop?.description.contains("--region") == true)
    }

    @Test func refusalsComeBeforeRuntimeReasons() async {
        // No region and over the limit: 4 before 1.
        let stop = await Self.stop(
            Self.gate(), .savedPlan(Self.savedPlan(Self.writes(3, region: nil), maxDeletions: 1)))
        #expect(stop?.kind == .refused)
    }

    @Test func anUnwritableReportPathStopsTheRunBeforeAnyWrite() async {
        let missing = NSTemporaryDirectory() + "prune-no-such-dir-\(UUID().uuidString)/report.json"
        let stop = await Self.stop(Self.gate(reportPath: missing), .savedPlan(Self.savedPlan(Self.writes(1))))
        #expect(stop?.kind == .runtime)
        #expect(stop?.description.contains("does not exist") == true)
        let directory = await Self.stop(
            Self.gate(reportPath: NSTemporaryDirectory()), .savedPlan(Self.savedPlan(Self.writes(1))))
        #expect(directory?.kind == .runtime)
        let empty = await Self.stop(Self.gate(reportPath: ""), .savedPlan(Self.savedPlan(Self.writes(1))))
        #expect(empty?.kind == .usage)
    }

    @Test func writesThatCannotBeSignedStopTheRun() async {
        let stop = await Self.stop(Self.gate(readiness: "no credentials"), .savedPlan(Self.savedPlan(Self.writes(1))))
        #expect(stop?.kind == .runtime)
        #expect(stop?.description.contains("no credentials") == true)
    }

    // MARK: - shards

    @Test func aSavedPlanAppliedAsAnotherShardIsAUsageError() async throws {
        let writes = Self.writes(1)
        let plan = Self.savedPlan(writes, shard: "0/2")
        _ = try await Self.gate(shard: Shard("0/2")).check(.savedPlan(plan))
        let approved = try await Self.gate().check(.savedPlan(plan))
        #expect(approved.shard == "0/2")
        let other = await Self.stop(Self.gate(shard: Shard("1/2")), .savedPlan(plan))
        #expect(other?.kind == .usage)
        let whole = await Self.stop(Self.gate(shard: Shard("0/2")), .savedPlan(Self.savedPlan(writes)))
        #expect(whole?.kind == .usage)
    }

    @Test func fnv1a64KnownAnswersAndAFixedShardTable() {
        // The FNV-1a 64 reference values (Fowler/Noll/Vo test vectors).
        #expect(Shard.fnv1a64("") == 0xcbf2_9ce4_8422_2325)
        #expect(Shard.fnv1a64("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(Shard.fnv1a64("foobar") == 0x8594_4171_f739_67e8)
        // Pinned (computed independently, by a few lines of Python over the UTF-8 key
        // domain/owner/repository/format/namespace/package): shard of 4 and of 3.
        let table: [(PackageCoordinates, of4: UInt64, of3: UInt64)] = [
            (Self.coordinates("111122223333", "npm-store", .npm, "acme", "ui-kit"), 3, 1),
            (Self.coordinates("111122223333", "npm-store", .npm, "acme", "ui-icons"), 1, 1),
            (Self.coordinates(nil, "npm-store", .npm, nil, "left-pad"), 3, 1),
            (Self.coordinates("111122223333", "maven-store", .maven, "com.acme", "core"), 0, 1),
            (Self.coordinates("111122223333", "pypi-store", .pypi, nil, "requests"), 2, 1),
            (Self.coordinates(nil, "generic-store", .generic, "tools", "ünïcode"), 3, 0),
        ]
        for (coordinates, of4, of3) in table {
            #expect(Shard.hash(of: coordinates) % 4 == of4, "\(coordinates)")
            #expect(Shard.hash(of: coordinates) % 3 == of3, "\(coordinates)")
            #expect(Shard("\(of4)/4")?.contains(coordinates) == true)
        }
    }

    static func coordinates(
        _ owner: String?, _ repository: String, _ format: PackageFormat, _ namespace: String?, _ name: String
    ) -> PackageCoordinates {
        PackageCoordinates(
            domain: "acme", domainOwner: owner, repository: repository, format: format, namespace: namespace,
            package: name)
    }

    // MARK: - the run

    /// Runs `source` through `ApplyRun` with `writer`, the report at `path`.
    static func apply(
        _ source: WriteSource, writer: FakeWriter, path: String,
        confirm: @escaping (ApprovedWrites) -> Bool = { _ in true }
    ) async throws -> ApplyRun.Outcome {
        let context = SafetyGate.Context(
            wallClock: wallClock, shard: nil, defaultRegion: nil, reportPath: path, readiness: Ready())
        return try await ApplyRun(source: source, context: context, startedAt: wallClock).run(
            writer: writer, calls: { .init() }, confirm: confirm, beginWrites: {}, stop: StopSignal(),
            progress: { _ in })
    }

    @Test func aRefusalWritesTheRefusedReportAndSendsNothing() async throws {
        let path = NSTemporaryDirectory() + "prune-gate-\(UUID().uuidString).json"
        let writer = FakeWriter(statuses: ["1.0.0": .published, "1.0.1": .published])
        await #expect(throws: GateStop.self) {
            _ = try await Self.apply(
                .savedPlan(Self.savedPlan(Self.writes(2), maxDeletions: 1)), writer: writer, path: path)
        }
        #expect(writer.requests.isEmpty)
        let report = try DocumentLoader.load(ReportDocument.self, path: path)
        #expect(report.refused?.contains("maxDeletions") == true)
        #expect(report.packages.flatMap(\.failedVersions.values).allSatisfy { $0.errorCode == .notAttempted })
        // --retry-failed on it: refused again.
        let retry = await Self.stop(Self.gate(), .report(report))
        #expect(retry?.kind == .refused)
    }

    @Test func aRuntimeStopWritesNoReport() async {
        let path = NSTemporaryDirectory() + "prune-gate-\(UUID().uuidString).json"
        let writer = FakeWriter(statuses: ["1.0.0": .published])
        await #expect(throws: GateStop.self) {
            _ = try await Self.apply(
                .savedPlan(Self.savedPlan(Self.writes(1, region: nil))), writer: writer, path: path)
        }
        #expect(writer.requests.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    /// A manifest planned now, acting on `count` versions of one package.
    static func plan(_ count: Int, now: Date = wallClock) -> Plan {
        let decisions = (0..<count).map {
            VersionDecision(
                record: VersionRecord(version: "1.0.\($0)", status: .published, revision: "r\($0)"),
                outcome: .act(.delete), target: "t", reason: "test", trace: [])
        }
        let evaluation = PackageEvaluation(
            coordinates: package, decisions: decisions, conflicts: [], targets: ["t"], guardApplied: false)
        return Plan(
            manifest: reference, createdAt: now, now: now, settings: Settings(), shard: nil, packages: [evaluation],
            warnings: [], refusal: nil)
    }

    @Test func aDeclinedManifestRunSendsNothingAndWritesNoReport() async throws {
        let path = NSTemporaryDirectory() + "prune-gate-\(UUID().uuidString).json"
        let writer = FakeWriter(statuses: ["1.0.0": .published])
        let outcome = try await Self.apply(.plan(Self.plan(1)), writer: writer, path: path, confirm: { _ in false })
        guard case .declined = outcome else {
            Issue.record("not declined")
            return
        }
        #expect(writer.requests.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func aSavedPlanNeverAsksAndActs() async throws {
        let path = NSTemporaryDirectory() + "prune-gate-\(UUID().uuidString).json"
        let writer = FakeWriter(statuses: ["1.0.0": .published])
        let outcome = try await Self.apply(
            .savedPlan(Self.savedPlan(Self.writes(1))), writer: writer, path: path,
            confirm: { _ in
                Issue.record("a saved plan asked")
                return false
            })
        guard case .finished(let report) = outcome else {
            Issue.record("a saved plan was declined")
            return
        }
        #expect(report.summary.succeeded == 1)
        #expect(writer.requests.count == 1)
        #expect(try DocumentLoader.load(ReportDocument.self, path: path).summary.succeeded == 1)
    }

    @Test func aManifestWhoseNowIsInTheFutureIsRefused() async {
        let stop = await Self.stop(Self.gate(), .plan(Self.plan(1, now: Self.wallClock.addingTimeInterval(3_600))))
        #expect(stop?.kind == .refused)
    }
}
