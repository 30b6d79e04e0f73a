import CodeArtifactModel
import Foundation
import PruneManifest
import Testing

@testable import PruneEngine

@Suite("Request expansion and the apply runner")
struct ApplyRunnerTests {
    static let package = PackageCoordinates(domain: "acme", repository: "repo1", format: .npm, package: "ui-kit")

    static func writes(_ count: Int, action: TargetAction = .delete, status: PackageVersionStatus = .published)
        -> [PlannedWrite]
    {
        (0..<count).map {
            PlannedWrite(
                coordinates: package, action: action, target: "t", version: "1.0.\($0)", status: status,
                revision: "rev\($0)")
        }
    }

    @Test func requestsHoldAtMost100VersionsOfOneStatus() {
        let writes =
            Self.writes(250)
            + Self.writes(30, status: .unlisted).map {
                var write = $0
                write.version = "2.0.\(write.version)"
                return write
            }
        let requests = WriteRequest.expand(writes)
        #expect(requests.map(\.versions.count) == [100, 100, 50, 30])
        #expect(requests.map(\.expectedStatus) == [.published, .published, .published, .unlisted])
        #expect(requests.allSatisfy { $0.versions.count <= WriteRequest.maximumVersions })
        #expect(requests[0].revisions["1.0.0"] == "rev0")
        #expect(Set(requests.flatMap(\.versions)).count == 280)
    }

    @Test func everyVersionEndsUpExactlyOnce() async {
        var statuses: [String: PackageVersionStatus] = [:]
        for index in 0..<150 { statuses["1.0.\(index)"] = .published }
        statuses["1.0.7"] = .archived  // changed since planning
        statuses["1.0.8"] = nil  // deleted since planning
        let writer = FakeWriter(statuses: statuses)
        let writes = Self.writes(150)
        let result = await ApplyRunner(writes: writes, writer: writer, concurrency: 4).run()
        #expect(result.outcomes.count == 150)
        #expect(result.outcomes.values.count { $0.isSuccess } == 148)
        #expect(
            result.outcomes[writes[7]]
                == .failed(
                    VersionFailure(
                        errorCode: .mismatchedStatus,
                        errorMessage: "current status: Archived, expected status: Published")))
        #expect(
            result.outcomes[writes[8]].map { if case .failed(let f) = $0 { f.errorCode.description } else { "" } }
                == "NOT_FOUND")
        #expect(writer.requests.allSatisfy { $0.expectedStatus == .published && $0.versions.count <= 100 })
        #expect(result.writeRequests == 2)
    }

    @Test func skippedVersionsAreResentWithoutTheFailingOnes() async {
        var statuses: [String: PackageVersionStatus] = [:]
        for index in 0..<5 { statuses["1.0.\(index)"] = .published }
        statuses["1.0.2"] = .unlisted
        let writer = FakeWriter(statuses: statuses)
        writer.state.withLock { $0.allOrNothing = true }
        let writes = Self.writes(5, action: .archive)
        let result = await ApplyRunner(writes: writes, writer: writer, concurrency: 1).run()
        #expect(writer.requests.count == 2)
        #expect(writer.requests[1].versions == ["1.0.0", "1.0.1", "1.0.3", "1.0.4"])
        #expect(writer.requests[1].revisions.keys.sorted() == ["1.0.0", "1.0.1", "1.0.3", "1.0.4"])
        #expect(result.outcomes.values.count { $0.isSuccess } == 4)
    }

    @Test func notFoundAfterAnUnknownOutcomeIsASuccessfulDelete() async {
        let writer = FakeWriter(statuses: ["1.0.0": .published])
        writer.state.withLock { $0.loseFirstResponse = true }
        let writes = Self.writes(1)
        let result = await ApplyRunner(writes: writes, writer: writer, concurrency: 1).run()
        #expect(result.outcomes[writes[0]] == .succeeded(VersionSuccess(revision: nil, status: "Deleted")))
    }

    @Test func alreadyArchivedAfterAnUnknownOutcomeIsASuccess() async {
        let writer = FakeWriter(statuses: ["1.0.0": .published])
        writer.state.withLock { $0.loseFirstResponse = true }
        let writes = Self.writes(1, action: .archive)
        let result = await ApplyRunner(writes: writes, writer: writer, concurrency: 1).run()
        #expect(result.outcomes[writes[0]] == .succeeded(VersionSuccess(revision: nil, status: "Archived")))
    }

    @Test func wholeRequestFailureIsRecordedPerVersion() async {
        let writer = FakeWriter(statuses: ["1.0.0": .published, "1.0.1": .published])
        writer.state.withLock { $0.failWholeRequest = WriteFailure(code: .throttling, message: "slow down") }
        let writes = Self.writes(2)
        let result = await ApplyRunner(writes: writes, writer: writer, concurrency: 1).run()
        #expect(
            result.outcomes.values.allSatisfy {
                $0 == .failed(VersionFailure(errorCode: .throttling, errorMessage: "slow down"))
            })
    }

    @Test func stoppedRunMarksTheRestNotAttempted() async {
        var statuses: [String: PackageVersionStatus] = [:]
        for index in 0..<300 { statuses["1.0.\(index)"] = .published }
        let writer = FakeWriter(statuses: statuses)
        let stop = StopSignal()
        let writes = Self.writes(300)
        let runner = ApplyRunner(writes: writes, writer: writer, concurrency: 1, stop: stop) { progress in
            if progress.requests == 1 { stop.stop() }
        }
        let result = await runner.run()
        #expect(result.interrupted)
        #expect(result.outcomes.count == 300)
        #expect(result.outcomes.values.count { $0.isSuccess } == 100)
        #expect(
            result.outcomes.values.count {
                if case .failed(let failure) = $0 { return failure.errorCode == .notAttempted }
                return false
            } == 200)
    }

    @Test func reportMergesAndListsRetryableFailures() async throws {
        let writer = FakeWriter(statuses: ["1.0.0": .published, "1.0.1": .archived])
        let writes = Self.writes(3)
        let result = await ApplyRunner(writes: writes, writer: writer, concurrency: 1).run()
        var outcomes = result.outcomes
        outcomes[writes[2]] = .failed(VersionFailure(errorCode: .connectionError, errorMessage: "reset"))
        let report = ReportDocument(
            manifest: ManifestReference(path: "p.yaml", sha256: "00"), startedAt: Date(timeIntervalSince1970: 0),
            finishedAt: Date(timeIntervalSince1970: 1), settings: Settings(), warnings: [], shard: nil, writes: writes,
            outcomes: outcomes, writeRequests: result.writeRequests, calls: .init(requests: 1), interrupted: false)
        #expect(report.packages.count == 1)
        #expect(report.packages[0].successfulVersions.keys.sorted() == ["1.0.0"])
        #expect(report.packages[0].failedVersions["1.0.1"]?.errorCode == .mismatchedStatus)
        #expect(report.packages[0].failedVersions["1.0.1"]?.plannedStatus == .published)
        #expect(report.summary.succeeded == 1 && report.summary.failed == 2)
        #expect(report.retryableWrites.map(\.version) == ["1.0.2"])
        #expect(report.retryableWrites.first?.revision == "rev2")
        let json = String(decoding: try report.encoded(), as: UTF8.self)
        #expect(json.contains("\"successfulVersions\" : {\n        \"1.0.0\""))
    }
}
