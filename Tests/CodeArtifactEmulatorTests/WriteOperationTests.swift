import CodeArtifactEmulator
import Foundation
import Inventory
import Testing

@Suite struct WriteOperationTests {
    @Test func deleteReportsEachVersionAndRemovesIt() async throws {
        try await Fixtures.withEmulator { client, _ in
            let answer = try await client.call(
                .deletePackageVersions, Fixtures.uiKit, body: ["versions": ["1.0.0", "9.9.9", "1.0.0"]])
            #expect(answer.status == 200)
            let successes = try #require(answer.json["successfulVersions"] as? [String: [String: String]])
            #expect(successes == ["1.0.0": ["revision": "rev-1.0.0", "status": "Deleted"]])
            let failures = try #require(answer.json["failedVersions"] as? [String: [String: String]])
            #expect(failures["9.9.9"]?["errorCode"] == "NOT_FOUND")
            let listed = try await client.call(.listPackageVersions, Fixtures.uiKit)
            #expect(
                !((listed.json["versions"] as? [[String: Any]]) ?? []).contains { $0["version"] as? String == "1.0.0" })
            let described = try await client.call(.describePackageVersion, Fixtures.uiKit + [("version", "1.0.0")])
            #expect(described.status == 404 && described.json["resourceType"] as? String == "package-version")
            let dumped = client.server.inventory()
            let kit = dumped.domains[0].repositories.first { $0.name == "npm-store" }!.packages.first {
                $0.name == "ui-kit"
            }!
            #expect(!kit.versions.contains { $0.version == "1.0.0" } && kit.versions.count == 6)
            let counters = client.server.counters[.deletePackageVersions]
            #expect(counters.succeededVersions == 1 && counters.failedVersions["NOT_FOUND"] == 1)
        }
    }

    @Test func expectedStatusAndRevisionsAreHonoured() async throws {
        try await Fixtures.withEmulator { client, _ in
            let mismatched = try await client.call(
                .deletePackageVersions, Fixtures.uiKit, body: ["versions": ["2.0.0"], "expectedStatus": "Unlisted"])
            let failure = try #require((mismatched.json["failedVersions"] as? [String: [String: String]])?["2.0.0"])
            #expect(failure["errorCode"] == "MISMATCHED_STATUS")
            #expect(failure["errorMessage"] == "current status: Published, expected status: Unlisted")

            let dispose = try await client.call(
                .disposePackageVersions, Fixtures.uiKit,
                body: [
                    "versions": ["2.0.0", "1.1.0"], "versionRevisions": ["2.0.0": "rev-2.0.0", "1.1.0": "stale"],
                    "expectedStatus": "Published",
                ])
            #expect(
                (dispose.json["successfulVersions"] as? [String: [String: String]])?["2.0.0"]?["status"] == "Disposed")
            let revision = try #require((dispose.json["failedVersions"] as? [String: [String: String]])?["1.1.0"])
            #expect(revision["errorCode"] == "MISMATCHED_REVISION")

            let restore = try await client.call(
                .updatePackageVersionsStatus, Fixtures.uiKit,
                body: ["versions": ["2.0.0"], "targetStatus": "Published"])
            let notAllowed = try #require((restore.json["failedVersions"] as? [String: [String: String]])?["2.0.0"])
            #expect(notAllowed["errorCode"] == "NOT_ALLOWED")
        }
    }

    @Test func statusUpdatesPerVersionAndAllOrNothing() async throws {
        try await Fixtures.withEmulator { client, _ in
            let perVersion = try await client.call(
                .updatePackageVersionsStatus, Fixtures.uiKit,
                body: ["versions": ["1.0.0", "0.0.1"], "targetStatus": "Archived", "expectedStatus": "Published"])
            #expect(
                (perVersion.json["successfulVersions"] as? [String: [String: String]])?["1.0.0"]?["status"]
                    == "Archived")
            #expect(
                (perVersion.json["failedVersions"] as? [String: [String: String]])?["0.0.1"]?["errorCode"]
                    == "NOT_FOUND")

            client.server.statusUpdates = .allOrNothing
            let atomic = try await client.call(
                .updatePackageVersionsStatus, Fixtures.uiKit,
                body: ["versions": ["1.1.0", "0.0.1"], "targetStatus": "Unlisted"])
            #expect((atomic.json["successfulVersions"] as? [String: Any])?.isEmpty == true)
            let failures = try #require(atomic.json["failedVersions"] as? [String: [String: String]])
            #expect(failures["1.1.0"]?["errorCode"] == "SKIPPED" && failures["0.0.1"]?["errorCode"] == "NOT_FOUND")
            let unchanged = try await client.call(.describePackageVersion, Fixtures.uiKit + [("version", "1.1.0")])
            #expect((unchanged.json["packageVersion"] as? [String: Any])?["status"] as? String == "Published")

            let disposeTarget = try await client.call(
                .updatePackageVersionsStatus, Fixtures.uiKit, body: ["versions": ["1.1.0"], "targetStatus": "Disposed"])
            #expect(disposeTarget.status == 400 && disposeTarget.errorType == "ValidationException")
        }
    }

    @Test func concurrentConflictingDeletesHaveExactlyOneWinner() async throws {
        try await Fixtures.withEmulator(Fixtures.big(200)) { client, _ in
            let query = [
                ("domain", "acme"), ("repository", "big"), ("format", "generic"), ("namespace", "ci"),
                ("package", "many"),
            ]
            let versions = (0..<200).map { String(format: "v%05d", $0) }
            let outcomes = try await withThrowingTaskGroup(of: (String, String).self) { group in
                for version in versions {
                    for _ in 0..<2 {
                        group.addTask {
                            let answer = try await client.call(
                                .deletePackageVersions, query, body: ["versions": [version]])
                            if (answer.json["successfulVersions"] as? [String: Any])?[version] != nil {
                                return (version, "success")
                            }
                            let failure = (answer.json["failedVersions"] as? [String: [String: String]])?[version]
                            return (version, failure?["errorCode"] ?? "status \(answer.status)")
                        }
                    }
                }
                var results: [String: [String]] = [:]
                for try await (version, outcome) in group { results[version, default: []].append(outcome) }
                return results
            }
            #expect(outcomes.count == 200)
            for (version, results) in outcomes {
                #expect(results.sorted() == ["NOT_FOUND", "success"], "version \(version): \(results)")
            }
            #expect(client.server.inventory().versionCount == 0)
        }
    }
}
