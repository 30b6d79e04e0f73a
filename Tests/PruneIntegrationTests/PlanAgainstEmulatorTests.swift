import CodeArtifactClient
import CodeArtifactEmulator
import CodeArtifactModel
import Foundation
import Inventory
import PruneAWS
import PruneEngine
import PruneManifest
import Testing

@Suite("Planning against the emulator")
struct PlanAgainstEmulatorTests {
    static let examples = [
        "npm-prereleases", "maven-snapshots", "pypi-dev-releases", "yank-bad-release", "nightly-cleanup",
    ]

    /// The same plan against the service and against the inventory file decides alike.
    @Test(arguments: examples)
    func sameDecisionsOnlineAndOffline(_ name: String) async throws {
        let inventory = try Harness.exampleInventory()
        let manifest = try Harness.manifest("examples/\(name).yaml")
        let offline = try await Harness.plan(manifest, source: InventorySource(inventory))
        let online = try await Harness.withEmulator(inventory) { server, session in
            try await Harness.plan(manifest, source: ServiceSource(session: session, pacer: nil))
        }
        func decisions(_ plan: Plan) -> [String] {
            plan.packages.flatMap { package in
                package.decisions.map {
                    "\(package.coordinates.displayName)@\($0.record.version): \($0.action?.rawValue ?? "keep") by \($0.target)"
                }
            }
        }
        #expect(!decisions(offline).isEmpty)
        #expect(decisions(online) == decisions(offline))
        #expect(online.actionCount == offline.actionCount)
        #expect(online.actionCount > 0)
    }

    /// At most ceil(log2(n)) + 2 describes per package and age boundary, on the server's counters.
    @Test func ageBoundariesCostLogarithmicDescribes() async throws {
        var packages: [Inventory.Package] = []
        let sizes = [1, 2, 5, 64, 500, 1_000]
        for size in sizes {
            let versions = (0..<size).map { index in
                Inventory.Version(
                    version: "1.0.\(index)", status: .published, revision: "r\(index)",
                    publishedTime: Harness.now.addingTimeInterval(-Double(size - index) * 3_600), origin: .internal)
            }
            packages.append(Inventory.Package(format: .npm, name: "p\(size)", versions: versions))
        }
        let inventory = Inventory(domains: [
            Inventory.Domain(
                name: "acme", owner: "111122223333",
                repositories: [Inventory.Repository(name: "repo1", packages: packages)])
        ])
        let manifest = try Harness.manifest(
            yaml: """
                version: 1
                targets:
                  - name: old
                    domain: acme
                    repository: repo1
                    format: npm
                    select: {olderThan: 10h}
                """)
        let (plan, describes) = try await Harness.withEmulator(inventory) { server, session in
            let plan = try await Harness.plan(manifest, source: ServiceSource(session: session, pacer: nil))
            return (plan, server.counters[.describePackageVersion].requests)
        }
        let bound = sizes.reduce(0) { $0 + Int(ceil(log2(Double($1)))) + 2 }
        #expect(describes <= bound, "\(describes) describes for one boundary per package; bound \(bound)")
        #expect(describes < sizes.reduce(0, +) / 10)
        let offline = try await Harness.plan(manifest, source: InventorySource(inventory))
        #expect(plan.actionCount == offline.actionCount)
        #expect(plan.actionCount > 0)
    }

    @Test func shardsAreDisjointAndCoverThePlan() async throws {
        let inventory = try Harness.exampleInventory()
        let manifest = try Harness.manifest("examples/nightly-cleanup.yaml")
        let source = InventorySource(inventory)
        let whole = try await Harness.plan(manifest, source: source)
        var seen: [PackageCoordinates: Int] = [:]
        var actions = 0
        for index in 0..<3 {
            let part = try await Harness.plan(manifest, source: source, shard: Shard("\(index)/3"))
            for package in part.packages { seen[package.coordinates, default: 0] += 1 }
            actions += part.actionCount
            #expect(part.settings.rateLimit(for: .writes) == whole.settings.rateLimit(for: .writes) / 3)
        }
        #expect(seen.values.allSatisfy { $0 == 1 })
        #expect(Set(seen.keys) == Set(whole.packages.map(\.coordinates)))
        #expect(actions == whole.actionCount)
    }

    @Test func missingRepositoryIsARuntimeError() async throws {
        let manifest = try Harness.manifest(
            yaml: """
                version: 1
                targets:
                  - {name: t, domain: acme, repository: no-such-repo, format: npm, keep: {latest: 1}}
                """)
        await Harness.expectPlanningError(manifest, inventory: try Harness.exampleInventory(), contains: "no-such-repo")
        let missingDomain = try Harness.manifest(
            yaml: """
                version: 1
                targets:
                  - {name: t, domain: nowhere, repository: npm-store, format: npm, keep: {latest: 1}}
                """)
        await Harness.expectPlanningError(missingDomain, inventory: try Harness.exampleInventory(), contains: "nowhere")
    }
}

extension Harness {
    static func expectPlanningError(_ manifest: Manifest, inventory: Inventory, contains text: String) async {
        await #expect(throws: PlanningError.self) { try await plan(manifest, source: InventorySource(inventory)) }
        do {
            try await withEmulator(inventory) { _, session in
                _ = try await plan(manifest, source: ServiceSource(session: session, pacer: nil))
            }
            Issue.record("planning against the emulator should fail")
        } catch let error as PlanningError {
            #expect(error.isNotFound)
            #expect(error.description.contains(text))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}
