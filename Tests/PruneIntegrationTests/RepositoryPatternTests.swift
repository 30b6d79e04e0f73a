import CodeArtifactClient
import CodeArtifactEmulator
import CodeArtifactModel
import Foundation
import Inventory
import PruneAWS
import PruneEngine
import PruneManifest
import Testing

/// docs/spec/manifest.md, "Repository patterns", against the emulator: a pattern plan is the plan that
/// lists the matched repositories by name, and the domain is listed once per run (one request
/// per page), with the literal prefix pushed down.
@Suite("Repository patterns against the emulator", .serialized)
struct RepositoryPatternTests {
    typealias CLI = CommandLineExitCodeTests

    /// Generated npm repositories in domain `acme` (five `npm-*`, two of other formats) and
    /// three in domain `beta`.
    static func generatedDomains() -> Inventory {
        // `sameSeed`: every repository holds the same packages (names and versions).
        func repositories(
            _ names: [String], format: PackageFormat, domain: String, seed: UInt64, sameSeed: Bool = false
        ) -> [Inventory.Repository] {
            names.enumerated().flatMap { index, name in
                InventoryGenerator(
                    packages: 5, versions: 14, seed: seed + (sameSeed ? 0 : UInt64(index)), formats: [format],
                    repository: name,
                    domain: domain, now: Harness.now
                ).generate().domains[0].repositories
            }
        }
        let acme =
            repositories(
                ["npm-legacy", "npm-store", "npm-team-a", "npm-team-b", "npm-team-c"], format: .npm, domain: "acme",
                seed: 1)
            + repositories(["maven-releases"], format: .maven, domain: "acme", seed: 20)
            + repositories(["python-internal"], format: .pypi, domain: "acme", seed: 30)
        let beta = repositories(
            ["npm-beta-1", "npm-beta-2", "npm-beta-3"], format: .npm, domain: "beta", seed: 40, sameSeed: true)
        return Inventory(domains: [
            Inventory.Domain(name: "acme", owner: "111122223333", repositories: acme),
            Inventory.Domain(name: "beta", owner: "111122223333", repositories: beta),
        ]).sorted()
    }

    /// Three targets over two domains; `repositories` gives each target's `repository` value.
    static func manifest(_ repositories: [String]) throws -> Manifest {
        try Harness.manifest(
            yaml: """
                version: 1
                defaults: {domainOwner: "111122223333", region: us-east-1, format: npm}
                targets:
                  - name: prereleases
                    domain: acme
                    repository: \(repositories[0])
                    select: {versions: ["*-*"]}
                    keep: {latest: 2}
                  - name: old-team-releases
                    domain: acme
                    repository: \(repositories[1])
                    select: {olderThan: 200d}
                    keep: {latest: 3, newerThan: 30d}
                  - name: beta-prereleases
                    domain: beta
                    repository: \(repositories[2])
                    select: {versions: ["*-*"]}
                    keep: {latest: 1}
                """)
    }

    static let patterns = [#"["npm-*", "!npm-legacy"]"#, #""npm-team-?""#, #""/npm-beta-[0-9]+/""#]
    static let byName = [
        "[npm-store, npm-team-a, npm-team-b, npm-team-c]", "[npm-team-a, npm-team-b, npm-team-c]",
        "[npm-beta-1, npm-beta-2, npm-beta-3]",
    ]

    @Test func aPatternPlanIsThePlanOfTheMatchedRepositoriesByName() async throws {
        let inventory = Self.generatedDomains()
        let patterned = try Self.manifest(Self.patterns)
        let named = try Self.manifest(Self.byName)
        let (byPattern, byNames, listings) = try await Harness.withEmulator(inventory) { server, session in
            // Two repositories a page: acme's five `npm-` names take three pages (its seven would
            // take four without the prefix); beta's three, listed without a prefix (a regex), two.
            let source = ServiceSource(session: session, pacer: nil, repositoryPageSize: 2)
            let byPattern = try await Harness.plan(patterned, source: source)
            let listings = server.counters[.listRepositoriesInDomain].requests
            let byNames = try await Harness.plan(named, source: source)
            #expect(server.counters[.listRepositoriesInDomain].requests == listings, "exact names list nothing")
            return (byPattern, byNames, listings)
        }
        #expect(listings == 3 + 2, "one request per page per domain, for three targets")

        let patternDocument = PlanDocument(byPattern)
        let nameDocument = PlanDocument(byNames)
        #expect(patternDocument.actions.count > 0 && patternDocument.kept.count > 0)
        #expect(patternDocument.actions == nameDocument.actions)
        #expect(patternDocument.kept == nameDocument.kept)
        #expect(byPattern.warnings == byNames.warnings)
        let repositories = Set(patternDocument.actions.map(\.repository) + patternDocument.kept.map(\.repository))
        #expect(
            repositories == [
                "npm-store", "npm-team-a", "npm-team-b", "npm-team-c", "npm-beta-1", "npm-beta-2", "npm-beta-3",
            ])

        // Offline, the inventory's repositories resolve the patterns alike (the inventory
        // knows every publish time, the service only those the age searches described).
        let offline = PlanDocument(try await Harness.plan(patterned, source: InventorySource(inventory)))
        func decisions(_ entries: [PlanDocument.Entry]) -> [String] {
            entries.map { "\($0.coordinates)@\($0.version): \($0.action?.rawValue ?? "keep") by \($0.target)" }
        }
        #expect(decisions(offline.actions) == decisions(patternDocument.actions))
        #expect(decisions(offline.kept) == decisions(patternDocument.kept))
    }

    /// `keep.latest` counts per package per repository: beta's three repositories hold the
    /// same packages, and `keep.latest: 1` keeps one version of each package in each of them.
    @Test func eachRepositoryIsEvaluatedOnItsOwn() async throws {
        let inventory = Self.generatedDomains()
        let plan = try await Harness.plan(try Self.manifest(Self.patterns), source: InventorySource(inventory))
        let latest = PlanDocument(plan).kept.filter {
            $0.target == "beta-prereleases" && $0.reason.hasPrefix("keep.latest")
        }
        let byPackage = Dictionary(grouping: latest) { "\($0.namespace ?? "")/\($0.package)" }
        #expect(!byPackage.isEmpty)
        for (package, entries) in byPackage {
            #expect(entries.map(\.repository).sorted() == ["npm-beta-1", "npm-beta-2", "npm-beta-3"], "\(package)")
        }
    }

    // MARK: - The command line: warnings and exit codes

    static func plan(_ repository: String) throws -> String {
        try CLI.write(
            """
            version: 1
            targets:
              - {name: betas, domain: acme, region: us-east-1, repository: \(repository), format: npm, namespace: acme, select: {versions: ['*-beta*']}}
            """)
    }

    @Test func aPatternMatchingNothingIsAWarningAndExitsZero() async throws {
        try await Harness.withEmulator(try Harness.exampleInventory()) { server, _ in
            let output = try await CLI.run(
                ["plan", try Self.plan(#""team-*""#), "--detailed-exitcode"], server: server)
            #expect(output.status == 0, "\(output.stderr)")
            #expect(
                output.stdout.contains(
                    "warning: target betas: repository pattern 'team-*' matched no repository in domain 'acme'"),
                "\(output.stdout)")
            #expect(server.counters[.listRepositoriesInDomain].requests == 1)
            #expect(server.counters[.listPackages].requests == 0)

            let json = try await CLI.run(["plan", try Self.plan(#""team-*""#), "--format", "json"], server: server)
            #expect(json.status == 0)
            #expect(json.stdout.contains("repository pattern 'team-*' matched no repository"))
        }
    }

    @Test func aMissingExactNameIsStillExitOne() async throws {
        try await Harness.withEmulator(try Harness.exampleInventory()) { server, _ in
            for repository in ["npm-gone", #"["npm-*", "npm-gone"]"#] {
                let output = try await CLI.run(["plan", try Self.plan(repository)], server: server)
                #expect(output.status == 1, "\(repository): \(output.stderr)")
                #expect(output.stderr.contains("repository 'npm-gone' not found in domain 'acme'"), "\(output.stderr)")
            }
            let offline = try await CLI.runOffline([
                "plan", try Self.plan(#"["npm-*", "npm-gone"]"#), "--inventory", "examples/inventory.json",
            ])
            #expect(offline.status == 1, "\(offline.stderr)")
            #expect(offline.stderr.contains("repository 'npm-gone' not found in domain 'acme' in the inventory"))
        }
    }

    @Test func aPatternPlansWhatItsRepositoryByNamePlans() async throws {
        try await Harness.withEmulator(try Harness.exampleInventory()) { server, _ in
            let byPattern = try await CLI.run(["plan", try Self.plan(#"["*-store", "!shared-*"]"#)], server: server)
            let byName = try await CLI.run(["plan", try Self.plan("npm-store")], server: server)
            #expect(byPattern.status == 0 && byName.status == 0, "\(byPattern.stderr)")
            func body(_ text: String) -> String { text.split(separator: "\n").dropFirst().joined(separator: "\n") }
            #expect(body(byPattern.stdout) == body(byName.stdout))
            #expect(byPattern.stdout.contains("npm-store/"))
        }
    }
}
