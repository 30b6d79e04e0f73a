import CodeArtifactModel
import Foundation
import KeepLists
import PruneManifest

/// Reads the repositories a manifest names and evaluates every matched package: the read
/// phase of a run. Listing and version reads run concurrently (bounded); each package is
/// evaluated as soon as its versions are in, so memory holds decisions, not raw pages.
public struct Planner: Sendable {
    /// The manifest to plan.
    public var manifest: Manifest
    /// Where it came from.
    public var reference: ManifestReference
    /// Where repository state comes from.
    public var source: any RepositorySource
    /// The instant ages are measured against (`settings.now`, else the start of the run).
    public var now: Date
    /// Region for targets that name none (`--region`, environment, profile); nil offline.
    public var defaultRegion: String?
    /// Only this shard's packages, when set.
    public var shard: Shard?
    /// Keep every target's view of every version (for `--explain`).
    public var explain: Bool
    /// The files `keep.listedIn` names, already read (`KeepListLoader`).
    public var keepLists: KeepListSet
    /// Measure what the plan frees (`--sizes`); nil: not at all.
    public var sizes: SizingMode?
    /// Where the plan's `createdAt` is read.
    public var dates: DateSource

    /// Creates a planner.
    public init(
        manifest: Manifest, reference: ManifestReference, source: any RepositorySource, now: Date,
        defaultRegion: String? = nil, shard: Shard? = nil, explain: Bool = false, keepLists: KeepListSet = .empty,
        sizes: SizingMode? = nil, dates: DateSource = .system
    ) {
        self.dates = dates
        self.keepLists = keepLists
        self.sizes = sizes
        self.manifest = manifest
        self.reference = reference
        self.source = source
        self.now = now
        self.defaultRegion = defaultRegion
        self.shard = shard
        self.explain = explain
    }

    /// A listing to make: one per repository and format, with the prefixes every target there allows.
    struct Listing: Hashable {
        var repository: RepositoryCoordinates
        var format: PackageFormat
        var namespacePrefix: String?
        var packagePrefix: String?
        var targets: [Int]
    }

    /// Reads and evaluates; throws `PlanningError` (exit 1) when a domain or repository is missing.
    public func plan() async throws -> Plan {
        let evaluator = PlanEvaluator(manifest: manifest, now: now, explain: explain, keepLists: keepLists)
        // 0. Which repositories each target covers: repository patterns list their domain once.
        let resolution = try await RepositoryResolver(manifest: manifest, defaultRegion: defaultRegion)
            .resolve(using: source)
        let listings = Self.listings(for: manifest, repositories: resolution.repositories)
        var warnings = resolution.warnings

        // 1. List packages, one call sequence per repository and format.
        let limit = max(1, manifest.settings.concurrency)
        var packages: [PackageCoordinates: RepositoryCoordinates] = [:]
        var found = [Int: Set<String>]()
        try await FanOut.run(over: listings, limit: limit) { listing in
            let listed = try await source.listPackages(
                in: listing.repository, format: listing.format, namespacePrefix: listing.namespacePrefix,
                packagePrefix: listing.packagePrefix)
            return (listing, listed)
        } collect: { listing, listed in
            for package in listed {
                let covering = evaluator.targetIndices(covering: package)
                guard !covering.isEmpty else { continue }
                packages[package] = listing.repository
                for target in covering { found[target, default: []].insert(package.package) }
            }
        }
        warnings += Self.exactNameWarnings(manifest: manifest, found: found, repositories: resolution.repositories)
        warnings += Self.regionWarnings(manifest: manifest, defaultRegion: defaultRegion)

        // 2. Keep this shard's packages (hashed with the plan's owner, so online and offline agree).
        let selected = packages.keys.filter { package in
            guard let shard else { return true }
            var key = package
            key.domainOwner = packages[package]?.domainOwner
            return shard.contains(key)
        }.sorted()

        // 3. Read versions and evaluate, with bounded concurrency.
        var evaluations: [PackageEvaluation] = []
        evaluations.reserveCapacity(selected.count)
        try await FanOut.run(over: selected, limit: limit) { package in
            let versions = try await source.versions(of: package, cutoffs: evaluator.ageCutoffs(for: package))
            return evaluator.evaluate(versions)
        } collect: { evaluation in
            if let evaluation { evaluations.append(evaluation) }
        }
        evaluations.sort { $0.coordinates < $1.coordinates }

        let settings = shard?.share(of: manifest.settings) ?? manifest.settings
        var plan = Plan(
            manifest: reference, createdAt: dates.now(), now: now, settings: settings, shard: shard,
            packages: evaluations,
            warnings: warnings, refusal: nil)
        plan.keepLists = keepLists.files.map { ManifestReference(path: $0.path, sha256: $0.sha256) }
        plan.judge()

        // 4. Sizes, still in the read phase: a refused plan frees nothing, so is not measured.
        if let sizes, plan.refusal == nil {
            try await PlanSizer(mode: sizes, source: source, concurrency: limit).measure(&plan.packages)
            plan.sizing = sizes
        }
        return plan
    }

    /// Groups targets by repository (each one a target covers, `repositories[index]`) and
    /// format, with server-side prefixes that every target of the group allows (a target with
    /// no literal prefix disables the filter).
    static func listings(for manifest: Manifest, repositories: [[RepositoryCoordinates]]) -> [Listing] {
        var groups: [String: Listing] = [:]
        var order: [String] = []
        for (index, target) in manifest.targets.enumerated() {
            for repository in repositories[index] {
                group(target, index: index, in: repository, into: &groups, order: &order)
            }
        }
        return order.map { groups[$0]! }
    }

    /// Adds the target to the listing of its repository and format.
    static func group(
        _ target: Target, index: Int, in repository: RepositoryCoordinates, into groups: inout [String: Listing],
        order: inout [String]
    ) {
        let key =
            "\(repository.region ?? "")/\(repository.domain)/\(repository.domainOwner ?? "")/\(repository.repository)/\(target.format.rawValue)"
        let namespace = target.namespace.flatMap(commonPrefix)
        let package = commonPrefix(target.packages)
        if var existing = groups[key] {
            existing.namespacePrefix = sharedPrefix(existing.namespacePrefix, namespace)
            existing.packagePrefix = sharedPrefix(existing.packagePrefix, package)
            existing.targets.append(index)
            groups[key] = existing
        } else {
            order.append(key)
            groups[key] = Listing(
                repository: repository, format: target.format, namespacePrefix: namespace, packagePrefix: package,
                targets: [index])
        }
    }

    /// The literal prefix all inclusions share; nil when there is none (or no inclusion).
    static func commonPrefix(_ patterns: PatternList) -> String? {
        guard !patterns.inclusions.isEmpty else { return nil }
        var prefix: String?
        for pattern in patterns.inclusions {
            guard case .glob(let glob) = pattern.matcher else { return nil }
            prefix = sharedPrefix(prefix ?? glob.literalPrefix, glob.literalPrefix)
        }
        return prefix.flatMap { $0.isEmpty ? nil : $0 }
    }

    static func sharedPrefix(_ a: String?, _ b: String?) -> String? {
        guard let a, let b else { return nil }
        let common = String(
            String.UnicodeScalarView(zip(a.unicodeScalars, b.unicodeScalars).prefix { $0 == $1 }.map(\.0)))
        return common.isEmpty ? nil : common
    }

    /// An offline plan may end with no region (it is a preview), but says so: applying it
    /// needs one, and the safety gate stops it (exit 1) when none is given then.
    static func regionWarnings(manifest: Manifest, defaultRegion: String?) -> [String] {
        guard defaultRegion == nil else { return [] }
        let names = manifest.targets.filter { $0.region == nil }.map(\.name)
        guard !names.isEmpty else { return [] }
        return [
            "no AWS region for target\(names.count == 1 ? "" : "s") \(names.joined(separator: ", ")): "
                + "applying this plan needs --region, AWS_REGION or AWS_DEFAULT_REGION (or 'region' in the plan)"
        ]
    }

    /// "target 'x': package 'old-lib' matched nothing", for exact names not found. A target
    /// that covers no repository already has its repository warning, which says more.
    static func exactNameWarnings(
        manifest: Manifest, found: [Int: Set<String>], repositories: [[RepositoryCoordinates]]
    )
        -> [String]
    {
        var warnings: [String] = []
        for (index, target) in manifest.targets.enumerated() where !repositories[index].isEmpty {
            let names = found[index] ?? []
            for exact in target.packages.exactInclusions where !names.contains(where: { UnicodeOrder.equal($0, exact) })
            {
                warnings.append("target \(target.name): package '\(exact)' matched nothing")
            }
            if names.isEmpty && target.packages.exactInclusions.isEmpty {
                warnings.append("target \(target.name): matched no package")
            }
        }
        return warnings
    }
}
