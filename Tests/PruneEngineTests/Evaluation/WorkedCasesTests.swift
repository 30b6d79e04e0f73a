import CodeArtifactModel
import Foundation
import PruneManifest
import Testing

@testable import PruneEngine

/// Worked cases: manifest + package → expected decisions and reasons, one per rule of
/// docs/spec/manifest.md's "Meaning, step by step" and "Precise rules", and their interplay.
@Suite("Worked cases")
struct WorkedCasesTests {
    typealias F = EvaluationFixture
    static let npm = "    format: npm\n"

    @Test func keepLatestCountsOnlyWithinTheVersionPattern() throws {
        let fixture = try F(
            "  - name: betas\n" + Self.npm
                + "    select: {versions: ['*-beta*']}\n    keep: {latest: 1}")
        let outcome = try fixture.evaluate([
            F.row("1.2.0-beta.1", daysAgo: 1), F.row("1.1.0", daysAgo: 2), F.row("1.1.0-beta.2", daysAgo: 3),
            F.row("1.1.0-beta.1", daysAgo: 4), F.row("1.0.0", daysAgo: 5),
        ])
        #expect(outcome.acted == ["1.1.0-beta.2", "1.1.0-beta.1"])
        #expect(outcome["1.2.0-beta.1"].reason == "keep.latest 1 (rank 1)")
        #expect(outcome["1.1.0-beta.2"].reason == "select.versions '*-beta*' matched; not among keep.latest 1 (rank 2)")
        #expect(outcome["1.1.0"].reason == "not selected: select.versions [*-beta*] did not match")
        #expect(outcome["1.1.0"].target == "betas")
    }

    @Test func olderThanAndKeepLatestTogether() throws {
        // "delete snapshots older than 30 days but always keep the 5 newest snapshots": here 2.
        let fixture = try F(
            "  - name: snapshots\n    format: maven\n    namespace: '*'\n"
                + "    select: {versions: ['*-SNAPSHOT'], olderThan: 30d}\n    keep: {latest: 2}")
        let outcome = try fixture.evaluate(
            [
                F.row("1.4-SNAPSHOT", daysAgo: 40), F.row("1.3-SNAPSHOT", daysAgo: 50),
                F.row("1.2-SNAPSHOT", daysAgo: 60),
                F.row("1.1-SNAPSHOT", daysAgo: 10), F.row("1.0", daysAgo: 100),
            ], format: .maven, namespace: "com.acme")
        // The pool ignores age: 1.1-SNAPSHOT (10 days) is rank 1 and too young anyway; 1.4 is rank 2.
        #expect(outcome.acted == ["1.3-SNAPSHOT", "1.2-SNAPSHOT"])
        #expect(outcome["1.1-SNAPSHOT"].reason == "keep.latest 2 (rank 1)")
        #expect(outcome["1.4-SNAPSHOT"].reason == "keep.latest 2 (rank 2)")
        #expect(
            outcome["1.3-SNAPSHOT"].reason
                == "select.versions '*-SNAPSHOT' matched, older than 30d (published 2026-10-10T00:00:00Z); not among keep.latest 2 (rank 3)"
        )
    }

    @Test func keepBeatsSelectAcrossTargets() throws {
        let fixture = try F(
            "  - name: everything\n" + Self.npm + "    select: {olderThan: 1d}\n"
                + "  - name: keep-ones\n" + Self.npm + "    keep: {versions: ['1.*']}")
        let outcome = try fixture.evaluate([
            F.row("2.0.0", daysAgo: 3), F.row("1.5.0", daysAgo: 4), F.row("1.0.0", daysAgo: 5),
            F.row("0.9.0", daysAgo: 6),
        ])
        // The 1.x versions stay Published, so the package is not empty and 2.0.0 goes.
        #expect(outcome.acted == ["2.0.0", "0.9.0"])
        #expect(outcome["1.5.0"].reason == "keep.versions '1.*' matched")
        #expect(outcome["1.5.0"].target == "keep-ones")
        #expect(!outcome.evaluation.guardApplied)
    }

    @Test func conflictingActionsAreReported() throws {
        let fixture = try F(
            "  - name: delete-betas\n" + Self.npm + "    select: {versions: ['*-beta*']}\n"
                + "  - name: archive-old\n" + Self.npm + "    select: {olderThan: 10d}\n    action: archive")
        let outcome = try fixture.evaluate([
            F.row("2.0.0", daysAgo: 1), F.row("1.0.0-beta.1", daysAgo: 20), F.row("0.9.0", daysAgo: 30),
        ])
        #expect(outcome.evaluation.conflicts.count == 1)
        let conflict = try #require(outcome.evaluation.conflicts.first)
        #expect(conflict.version == "1.0.0-beta.1")
        #expect(conflict.first.target == "delete-betas" && conflict.second.target == "archive-old")
        #expect(outcome["0.9.0"].action == .archive)
    }

    @Test func conflictIsAnErrorEvenWhereTheGuardWouldKeep() throws {
        let fixture = try F(
            "  - name: a\n" + Self.npm + "    select: {versions: ['*']}\n" + "  - name: b\n" + Self.npm
                + "    select: {versions: ['*']}\n    action: unlist")
        let outcome = try fixture.evaluate([F.row("1.0.0", daysAgo: 1)])
        #expect(outcome.evaluation.conflicts.count == 1)
    }

    @Test func sameActionInTwoTargetsActsOnceUnderTheFirst() throws {
        let fixture = try F(
            "  - name: first\n" + Self.npm + "    select: {versions: ['1.*']}\n" + "  - name: second\n" + Self.npm
                + "    select: {versions: ['*.0']}")
        let outcome = try fixture.evaluate([F.row("2.0.0", daysAgo: 1), F.row("1.0", daysAgo: 2)])
        #expect(outcome.acted == ["1.0"])
        #expect(outcome["1.0"].target == "first")
        #expect(outcome.evaluation.conflicts.isEmpty)
    }

    @Test func lastVersionGuardKeepsTheNewest() throws {
        let fixture = try F("  - name: all\n" + Self.npm + "    select: {olderThan: 1d}")
        let outcome = try fixture.evaluate([
            F.row("1.0.0", daysAgo: 10), F.row("3.0.0", daysAgo: 5), F.row("2.0.0", daysAgo: 7),
        ])
        #expect(outcome.kept == ["3.0.0"])
        #expect(outcome.evaluation.guardApplied)
        #expect(outcome["3.0.0"].reason.hasPrefix("last-version guard"))
    }

    @Test func guardByVersionOrderKeepsTheHighest() throws {
        let fixture = try F("  - name: all\n" + Self.npm + "    select: {olderThan: 1d}\n    keep: {order: version}")
        let outcome = try fixture.evaluate([
            F.row("1.0.0", daysAgo: 10), F.row("3.0.0", daysAgo: 20), F.row("2.0.0", daysAgo: 7),
        ])
        #expect(outcome.kept == ["3.0.0"])
    }

    @Test func guardOnlyCountsPublishedAndUnlisted() throws {
        let fixture = try F("  - name: all\n" + Self.npm + "    select: {status: [Published]}")
        // An Archived version does not keep the package alive: the guard keeps the Published one.
        let outcome = try fixture.evaluate([F.row("2.0.0", .archived, daysAgo: 1), F.row("1.0.0", daysAgo: 2)])
        #expect(outcome.kept == ["2.0.0", "1.0.0"])
        #expect(outcome["1.0.0"].reason.hasPrefix("last-version guard"))
    }

    @Test func packageWithoutAliveVersionsIsNotGuarded() throws {
        let fixture = try F("  - name: all\n" + Self.npm + "    select: {status: [Archived]}")
        let outcome = try fixture.evaluate([
            F.row("2.0.0", .archived, daysAgo: 1), F.row("1.0.0", .archived, daysAgo: 2),
        ])
        #expect(outcome.acted == ["2.0.0", "1.0.0"])
        #expect(!outcome.evaluation.guardApplied)
    }

    @Test func allowEmptyPackageTurnsTheGuardOff() throws {
        let fixture = try F("  - name: all\n" + Self.npm + "    select: {olderThan: 1d}\n    allowEmptyPackage: true")
        let outcome = try fixture.evaluate([F.row("1.0.0", daysAgo: 10), F.row("2.0.0", daysAgo: 5)])
        #expect(outcome.kept.isEmpty)
    }

    @Test func allowEmptyPackageMustBeSetByEveryActingTarget() throws {
        let fixture = try F(
            "  - name: a\n" + Self.npm + "    select: {versions: ['1.*']}\n    allowEmptyPackage: true\n"
                + "  - name: b\n" + Self.npm + "    select: {versions: ['2.*']}")
        let outcome = try fixture.evaluate([F.row("1.0.0", daysAgo: 10), F.row("2.0.0", daysAgo: 5)])
        #expect(outcome.kept == ["2.0.0"])
    }

    @Test func unlistLeavesThePackageAlive() throws {
        let fixture = try F("  - name: all\n" + Self.npm + "    action: unlist\n    select: {olderThan: 1d}")
        let outcome = try fixture.evaluate([F.row("1.0.0", daysAgo: 10), F.row("2.0.0", daysAgo: 5)])
        #expect(outcome.acted == ["2.0.0", "1.0.0"])
        #expect(!outcome.evaluation.guardApplied)
    }

    @Test func unparseableVersionsAreKeptUnderVersionOrder() throws {
        let fixture = try F("  - name: t\n" + Self.npm + "    keep: {latest: 1, order: version}")
        let outcome = try fixture.evaluate([
            F.row("not-a-version", daysAgo: 1), F.row("2.0.0", daysAgo: 9), F.row("1.0.0", daysAgo: 2),
        ])
        #expect(outcome["not-a-version"].reason == "unparseable as npm")
        #expect(outcome["2.0.0"].reason == "keep.latest 1 by version (rank 1)")
        #expect(outcome.acted == ["1.0.0"])
    }

    @Test func unparseableVersionsWithoutKeepLatestAreOrdinary() throws {
        let fixture = try F(
            "  - name: t\n" + Self.npm + "    select: {versions: ['not-*']}\n    keep: {order: version}")
        let outcome = try fixture.evaluate([F.row("not-a-version", daysAgo: 1), F.row("2.0.0", daysAgo: 9)])
        #expect(outcome.acted == ["not-a-version"])
    }

    @Test func namespaces() throws {
        let star = try F("  - name: t\n    format: generic\n    namespace: '*'\n    select: {versions: ['1.*']}")
        #expect(
            try star.evaluate([F.row("1.0", daysAgo: 2), F.row("2.0", daysAgo: 1)], format: .generic).acted == ["1.0"])
        #expect(
            try star.evaluate([F.row("1.0", daysAgo: 2), F.row("2.0", daysAgo: 1)], format: .generic, namespace: "ci")
                .acted == ["1.0"])
        let exact = try F("  - name: t\n" + Self.npm + "    namespace: acme\n    select: {versions: ['1.*']}")
        let evaluator = PlanEvaluator(manifest: exact.manifest, now: F.now)
        let scoped = PackageCoordinates(
            domain: "acme", repository: "repo1", format: .npm, namespace: "acme", package: "x")
        let other = PackageCoordinates(
            domain: "acme", repository: "repo1", format: .npm, namespace: "acme2", package: "x")
        let unscoped = PackageCoordinates(domain: "acme", repository: "repo1", format: .npm, package: "x")
        #expect(evaluator.targetNames(covering: scoped) == ["t"])
        #expect(evaluator.targetNames(covering: other).isEmpty)
        #expect(evaluator.targetNames(covering: unscoped).isEmpty)
        let anyNpm = try F("  - name: t\n" + Self.npm + "    select: {versions: ['1.*']}")
        #expect(PlanEvaluator(manifest: anyNpm.manifest, now: F.now).targetNames(covering: unscoped) == ["t"])
    }

    @Test func statusesDefaultToAllButDeleted() throws {
        let fixture = try F("  - name: t\n" + Self.npm + "    select: {versions: ['1.*']}")
        let outcome = try fixture.evaluate([
            F.row("2.0.0", daysAgo: 1), F.row("1.3.0", .unlisted, daysAgo: 2), F.row("1.2.0", .archived, daysAgo: 3),
            F.row("1.1.0", .deleted, daysAgo: 4), F.row("1.0.0", .unfinished, daysAgo: 5),
        ])
        #expect(outcome.acted == ["1.3.0", "1.2.0", "1.0.0"])
        #expect(outcome["1.1.0"].reason == "status Deleted: never a candidate")
        let unlistedOnly = try F("  - name: t\n" + Self.npm + "    select: {status: Unlisted}")
        let second = try unlistedOnly.evaluate([F.row("2.0.0", daysAgo: 1), F.row("1.0.0", .unlisted, daysAgo: 2)])
        #expect(second.acted == ["1.0.0"])
        #expect(second["2.0.0"].reason == "not selected: status Published not in select.status")
    }

    @Test func origins() throws {
        let rows = [
            F.row("3.0.0", daysAgo: 1, origin: .internal), F.row("2.0.0", daysAgo: 2, origin: .external),
            F.row("1.0.0", daysAgo: 3, origin: .unknown), F.row("0.1.0", daysAgo: 4),
        ]
        func acted(_ origin: String) throws -> [String] {
            try F("  - name: t\n" + Self.npm + "    select: {origin: \(origin)}\n    allowEmptyPackage: true").evaluate(
                rows
            )
            .acted
        }
        #expect(try acted("internal") == ["3.0.0", "0.1.0"])
        #expect(try acted("external") == ["2.0.0"])
        #expect(try acted("any") == ["3.0.0", "2.0.0", "1.0.0", "0.1.0"])
    }

    @Test func alreadyInTheTargetStatusIsNotSelectedAndNoConflict() throws {
        let fixture = try F(
            "  - name: archive-all\n" + Self.npm + "    select: {versions: ['*']}\n    action: archive\n"
                + "  - name: delete-archived\n" + Self.npm + "    select: {status: Archived}")
        let outcome = try fixture.evaluate([F.row("2.0.0", daysAgo: 1), F.row("1.0.0", .archived, daysAgo: 2)])
        #expect(outcome.evaluation.conflicts.isEmpty)
        #expect(outcome["1.0.0"].action == .delete)
        #expect(outcome["1.0.0"].target == "delete-archived")
        #expect(outcome["2.0.0"].action == nil)  // guard: the only Published version
        let unlist = try F("  - name: t\n" + Self.npm + "    action: unlist\n    select: {versions: ['*']}")
        #expect(
            try unlist.evaluate([F.row("1.0.0", .unlisted, daysAgo: 2)])["1.0.0"].reason
                == "not selected: already Unlisted")
    }

    @Test func agesAreStrict() throws {
        let fixture = try F(
            "  - name: t\n" + Self.npm
                + "    select: {olderThan: 30d}\n    keep: {newerThan: 10d}\n    allowEmptyPackage: true")
        let outcome = try fixture.evaluate([
            F.row("5", daysAgo: 9.99), F.row("4", daysAgo: 10), F.row("3", daysAgo: 30), F.row("2", daysAgo: 30.01),
            F.row("1"),
        ])
        #expect(outcome["5"].reason.hasPrefix("keep.newerThan 10d"))
        #expect(outcome["4"].reason.hasPrefix("not selected: not older than 30d"))  // exactly 10 days: not newer either
        #expect(outcome["3"].reason.hasPrefix("not selected: not older than 30d"))  // exactly 30 days: not older
        #expect(outcome["2"].action == .delete)
        #expect(outcome["1"].reason == "not selected: publish time unknown, so not older than 30d")
    }

    @Test func versionWithoutPublishTimeRanksOldest() throws {
        let fixture = try F("  - name: t\n" + Self.npm + "    keep: {latest: 1}")
        let outcome = try fixture.evaluate([F.row("9.0.0"), F.row("1.0.0", daysAgo: 100)])
        #expect(outcome["1.0.0"].reason == "keep.latest 1 (rank 1)")
        #expect(outcome.acted == ["9.0.0"])
    }

    @Test func equalPublishTimesOrderByVersionThenString() throws {
        let fixture = try F("  - name: t\n" + Self.npm + "    keep: {latest: 1}")
        let outcome = try fixture.evaluate([
            F.row("1.0.0", daysAgo: 5), F.row("1.10.0", daysAgo: 5), F.row("1.9.0", daysAgo: 5),
        ])
        #expect(outcome["1.10.0"].reason == "keep.latest 1 (rank 1)")
        #expect(outcome.evaluation.decisions.map(\.record.version) == ["1.10.0", "1.9.0", "1.0.0"])
    }

    @Test func noSelectMeansEveryVersionIsACandidate() throws {
        let fixture = try F("  - name: t\n" + Self.npm + "    keep: {latest: 2}")
        let outcome = try fixture.evaluate([F.row("3", daysAgo: 1), F.row("2", daysAgo: 2), F.row("1", daysAgo: 3)])
        #expect(outcome.acted == ["1"])
        #expect(
            outcome["1"].reason
                == "every version is a candidate (no select conditions); not among keep.latest 2 (rank 3)")
    }

    @Test func explainTracesEveryTarget() throws {
        let fixture = try F(
            "  - name: a\n" + Self.npm + "    select: {versions: ['1.*']}\n" + "  - name: b\n" + Self.npm
                + "    keep: {latest: 1}")
        let outcome = try fixture.evaluate([F.row("2.0.0", daysAgo: 1), F.row("1.0.0", daysAgo: 2)], explain: true)
        #expect(
            outcome["1.0.0"].trace == [
                "a: selected for delete: select.versions '1.*' matched",
                "b: selected for delete: every version is a candidate (no select conditions)",
                "b: rank 2 in keep.latest 1",
            ])
    }
}
