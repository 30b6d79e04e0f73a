import CodeArtifactModel
import PruneManifest

/// Turns each target's `repository` patterns into the repositories it covers (docs/spec/manifest.md,
/// "Repository patterns").
///
/// Exact names are taken as written, without a listing: a missing one then fails where its
/// packages are listed, exactly as a plain repository name always has (exit 1). A target with a
/// wildcard, a regular expression or only exclusions needs the domain's repositories: those
/// are listed once per domain, owner and region for the whole run, however many targets use
/// them, with the literal prefix that every such pattern of the domain shares pushed down as
/// `repository-prefix` (none when one pattern starts with a wildcard or is a regex).
struct RepositoryResolver: Sendable {
    /// The repositories each target covers (by the target's index) and a warning for each
    /// pattern that matched no repository.
    struct Resolution: Sendable {
        var repositories: [[RepositoryCoordinates]]
        var warnings: [String]
    }

    /// One domain to list (`repository` empty) and the prefix to list it with.
    struct DomainListing: Sendable, Hashable {
        var domain: RepositoryCoordinates
        var prefix: String?
    }

    let manifest: Manifest
    /// Region for targets that name none; nil offline.
    let defaultRegion: String?

    /// True when `patterns` are exact names only (with or without exclusions): no listing needed.
    static func isExact(_ patterns: PatternList) -> Bool {
        !patterns.inclusions.isEmpty && patterns.inclusions.allSatisfy { $0.exactName != nil }
    }

    /// The `repository-prefix` the service accepts for `prefix`: it must itself be a valid
    /// repository name (2 characters at least), so a shorter prefix lists the whole domain.
    static func pushable(_ prefix: String?) -> String? {
        guard let prefix, NameRules.isRepositoryName(prefix) else { return nil }
        return prefix
    }

    /// The domain a target reads, as a key for the once-per-run listing.
    func domain(of target: Target) -> RepositoryCoordinates {
        RepositoryCoordinates(
            region: target.region ?? defaultRegion, domain: target.domain, domainOwner: target.domainOwner,
            repository: "")
    }

    /// Each domain that some target's patterns need listed, once, in manifest order.
    func domainListings() -> [DomainListing] {
        var prefixes: [RepositoryCoordinates: String?] = [:]
        var order: [RepositoryCoordinates] = []
        for target in manifest.targets where !Self.isExact(target.repository) {
            let domain = domain(of: target)
            let prefix = Planner.commonPrefix(target.repository)
            if let existing = prefixes[domain] {
                prefixes[domain] = Planner.sharedPrefix(existing, prefix)
            } else {
                order.append(domain)
                prefixes[domain] = prefix
            }
        }
        return order.map { DomainListing(domain: $0, prefix: Self.pushable(prefixes[$0] ?? nil)) }
    }

    /// Lists the domains that patterns need (concurrently, once each) and resolves every target.
    func resolve(using source: any RepositorySource) async throws -> Resolution {
        var listed: [RepositoryCoordinates: [String]] = [:]
        try await withThrowingTaskGroup(of: (RepositoryCoordinates, [String]).self) { group in
            for listing in domainListings() {
                group.addTask {
                    (listing.domain, try await source.repositoryNames(in: listing.domain, prefix: listing.prefix))
                }
            }
            for try await (domain, names) in group { listed[domain] = names }
        }
        var resolution = Resolution(repositories: [], warnings: [])
        for target in manifest.targets {
            let domain = domain(of: target)
            let patterns = target.repository
            var names = patterns.exactInclusions.filter(patterns.matches)
            if !Self.isExact(patterns) {
                let domainNames = listed[domain] ?? []
                names += domainNames.filter(patterns.matches)
                resolution.warnings += Self.unmatchedWarnings(for: target, among: domainNames)
            }
            var seen = Set<String>()
            resolution.repositories.append(
                names.filter { seen.insert($0).inserted }
                    .sorted { UnicodeOrder.less($0, $1) }
                    .map { name in
                        var repository = domain
                        repository.repository = name
                        return repository
                    })
        }
        return resolution
    }

    /// A warning for each wildcard or regex inclusion that admits no repository of the domain
    /// (after the exclusions), or for the whole list when it has only exclusions and admits none.
    static func unmatchedWarnings(for target: Target, among names: [String]) -> [String] {
        let patterns = target.repository
        let place = "matched no repository in domain '\(target.domain)'"
        if patterns.inclusions.isEmpty {
            return names.contains(where: patterns.matches)
                ? [] : ["target \(target.name): repository '\(patterns)' \(place)"]
        }
        return patterns.inclusions
            .filter { inclusion in
                inclusion.exactName == nil
                    && !names.contains { inclusion.matchesIgnoringExclusion($0) && patterns.matches($0) }
            }
            .map { "target \(target.name): repository pattern '\($0.source)' \(place)" }
    }
}
