import CodeArtifactModel
import Foundation
import PruneManifest
import Testing

@testable import PruneEngine

/// docs/spec/manifest.md, "Repository patterns": which domains are listed, with which pushed-down
/// prefix, how often, and what each target then covers.
@Suite("Repository patterns: resolution")
struct RepositoryResolverTests {
    /// A source that only lists repositories, and records each listing it was asked for.
    final class ListingSource: RepositorySource, @unchecked Sendable {
        let domains: [String: [String]]
        private let lock = NSLock()
        private var recorded: [(domain: RepositoryCoordinates, prefix: String?)] = []

        init(_ domains: [String: [String]]) { self.domains = domains }

        var calls: [(domain: RepositoryCoordinates, prefix: String?)] { lock.withLock { recorded } }

        func repositoryNames(in domain: RepositoryCoordinates, prefix: String?) async throws -> [String] {
            lock.withLock { recorded.append((domain, prefix)) }
            guard let names = domains[domain.domain] else { throw PlanningError.domainNotFound(domain) }
            return names.filter { prefix == nil || $0.hasPrefix(prefix!) }
        }

        func listPackages(
            in repository: RepositoryCoordinates, format: PackageFormat, namespacePrefix: String?,
            packagePrefix: String?
        ) async throws -> [PackageCoordinates] { [] }

        func versions(of package: PackageCoordinates, cutoffs: AgeCutoffs) async throws
            -> PackageVersions
        {
            PackageVersions(coordinates: package, versions: [])
        }
    }

    /// A manifest of targets given as `(domain, repository YAML)`, in region us-east-1 by default.
    static func manifest(_ targets: [(domain: String, repository: String)], region: String = "us-east-1") throws
        -> Manifest
    {
        var yaml = "version: 1\ntargets:\n"
        for (index, target) in targets.enumerated() {
            yaml +=
                "  - {name: t\(index), domain: \(target.domain), region: \(region), repository: \(target.repository), format: npm, keep: {latest: 1}}\n"
        }
        let result = ManifestParser.parse(bytes: Array(yaml.utf8))
        return try #require(result.manifest, "\(result.diagnostics)")
    }

    static func prefixes(_ targets: [(domain: String, repository: String)]) throws -> [String?] {
        RepositoryResolver(manifest: try manifest(targets), defaultRegion: nil).domainListings().map(\.prefix)
    }

    // MARK: - Prefix extraction

    @Test func literalPrefixIsPushedDownWhenEveryInclusionSharesIt() throws {
        #expect(try Self.prefixes([("acme", #""npm-*""#)]) == ["npm-"])
        #expect(try Self.prefixes([("acme", #"["npm-team-*", "npm-store", "!npm-legacy"]"#)]) == ["npm-"])
        // Two targets of one domain share one listing, so they share one prefix.
        #expect(try Self.prefixes([("acme", #""team-a-*""#), ("acme", #""team-b?""#)]) == ["team-"])
        #expect(try Self.prefixes([("acme", #""team-[ab]*""#)]) == ["team-"])
    }

    @Test func noPrefixWhenAPatternStartsWithAWildcardOrIsARegex() throws {
        #expect(try Self.prefixes([("acme", #""*-store""#)]) == [nil])
        #expect(try Self.prefixes([("acme", #"["npm-*", "/npm-.*/"]"#)]) == [nil])
        #expect(try Self.prefixes([("acme", #""npm-*""#), ("acme", #""?pm-*""#)]) == [nil])
        // Only exclusions: every repository but those, so the whole domain is listed.
        #expect(try Self.prefixes([("acme", #""!npm-legacy""#)]) == [nil])
        // Nothing in common, or too short for the service (a prefix is a RepositoryName, 2+).
        #expect(try Self.prefixes([("acme", #""npm-*""#), ("acme", #""maven-*""#)]) == [nil])
        #expect(try Self.prefixes([("acme", #""n*""#)]) == [nil])
    }

    @Test func exactNamesNeedNoListing() throws {
        #expect(try Self.prefixes([("acme", "npm-store"), ("acme", "[npm-store, maven-releases]")]) == [])
        #expect(try Self.prefixes([("acme", "npm-store"), ("other", #""npm-*""#)]) == ["npm-"])
    }

    @Test func oneListingPerDomainOwnerAndRegion() throws {
        let two = RepositoryResolver(
            manifest: try Self.manifest([("acme", #""a-*""#), ("beta", #""b-*""#), ("acme", #""a-x*""#)]),
            defaultRegion: nil
        ).domainListings()
        #expect(two.map(\.domain.domain) == ["acme", "beta"])
        #expect(two.map(\.prefix) == ["a-", "b-"])
        #expect(two.allSatisfy { $0.domain.region == "us-east-1" && $0.domain.repository.isEmpty })
    }

    // MARK: - Resolution

    static let acme = [
        "maven-releases", "npm-legacy", "npm-store", "npm-team-a", "npm-team-b", "python-internal", "shared-store",
    ]

    static func names(_ resolution: RepositoryResolver.Resolution) -> [[String]] {
        resolution.repositories.map { $0.map(\.repository) }
    }

    @Test func everyTargetOfADomainIsResolvedFromOneListing() async throws {
        let source = ListingSource(["acme": Self.acme, "beta": ["b-one", "b-two"]])
        let manifest = try Self.manifest([
            ("acme", #"["npm-*", "!npm-legacy"]"#), ("acme", #""npm-team-?""#), ("beta", #""/b-.*/""#),
            ("acme", "shared-store"),
        ])
        let resolution = try await RepositoryResolver(manifest: manifest, defaultRegion: nil).resolve(using: source)
        #expect(
            Self.names(resolution) == [
                ["npm-store", "npm-team-a", "npm-team-b"], ["npm-team-a", "npm-team-b"], ["b-one", "b-two"],
                ["shared-store"],
            ])
        #expect(resolution.warnings.isEmpty)
        let calls = source.calls.sorted { $0.domain.domain < $1.domain.domain }
        #expect(calls.map(\.domain.domain) == ["acme", "beta"], "one listing per domain")
        #expect(calls.map(\.prefix) == ["npm-", nil])
    }

    @Test func aPatternMatchingNothingIsAWarning() async throws {
        let source = ListingSource(["acme": Self.acme])
        let manifest = try Self.manifest([
            ("acme", #"["npm-*", "team-*"]"#), ("acme", #"["!*-*"]"#), ("acme", #"["npm-legacy*", "!npm-legacy"]"#),
        ])
        let resolution = try await RepositoryResolver(manifest: manifest, defaultRegion: nil).resolve(using: source)
        #expect(Self.names(resolution)[1] == [] && Self.names(resolution)[2] == [])
        #expect(
            resolution.warnings == [
                "target t0: repository pattern 'team-*' matched no repository in domain 'acme'",
                "target t1: repository '!*-*' matched no repository in domain 'acme'",
                "target t2: repository pattern 'npm-legacy*' matched no repository in domain 'acme'",
            ])
    }

    @Test func anExactNameBesidePatternsIsKeptEvenWhenNotListed() async throws {
        // So that it fails where its packages are listed, as a plain name always has (exit 1).
        let source = ListingSource(["acme": Self.acme])
        let manifest = try Self.manifest([("acme", #"["npm-team-*", "npm-gone"]"#)])
        let resolution = try await RepositoryResolver(manifest: manifest, defaultRegion: nil).resolve(using: source)
        #expect(Self.names(resolution) == [["npm-gone", "npm-team-a", "npm-team-b"]])
        #expect(resolution.warnings.isEmpty)
    }

    @Test func aMissingDomainStopsTheRun() async throws {
        let source = ListingSource([:])
        let manifest = try Self.manifest([("nowhere", #""npm-*""#)])
        await #expect(throws: PlanningError.self) {
            try await RepositoryResolver(manifest: manifest, defaultRegion: nil).resolve(using: source)
        }
    }
}
