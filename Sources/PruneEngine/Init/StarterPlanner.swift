import CodeArtifactModel
import Crypto
import Foundation
import PruneManifest

/// Makes `prune init`'s plan: lists the domain, writes a draft with no deletion limit, plans it
/// once against the same source `prune plan` would read, and sets `maxDeletions` to exactly the
/// versions that plan deletes or disposes. Reads only.
public struct StarterPlanner: Sendable {
    /// What `prune init` made: the manifest text and the plan of it (its preview).
    public struct Result: Sendable {
        /// The manifest to write.
        public var yaml: String
        /// The plan of that manifest now, as `prune plan` would make it.
        public var plan: Plan
    }

    /// The domain (`repository` is ignored), its owner and region as the user gave them.
    public var domain: RepositoryCoordinates
    public var lister: any DomainLister
    public var source: any RepositorySource
    public var now: Date
    /// The path the plan is written to, recorded in the plan.
    public var path: String
    /// The region the manifest names (`--region` as given); nil leaves it to the environment.
    public var writtenRegion: String?
    /// Where the plan's `createdAt` is read.
    public var dates: DateSource

    /// Creates a planner; `domain.region` is where it reads.
    public init(
        domain: RepositoryCoordinates, lister: any DomainLister, source: any RepositorySource, now: Date, path: String,
        writtenRegion: String?, dates: DateSource = .system
    ) {
        self.dates = dates
        self.domain = domain
        self.lister = lister
        self.source = source
        self.now = now
        self.path = path
        self.writtenRegion = writtenRegion
    }

    /// The starter plan, or nil when the domain holds no package (nothing to write).
    public func make() async throws -> Result? {
        let layout = try await lister.repositoryFormats(in: domain).filter { !$0.formats.isEmpty }
        guard !layout.isEmpty else { return nil }
        var starter = StarterPlan(
            domain: domain.domain, domainOwner: domain.domainOwner, region: writtenRegion, repositories: layout,
            maxDeletions: 1_000_000_000)
        var plan = try await Planner(
            manifest: try Self.parse(starter.yaml()), reference: ManifestReference(path: path, sha256: ""),
            source: source, now: now, defaultRegion: domain.region, dates: dates
        ).plan()
        starter.maxDeletions = plan.deletionCount
        let yaml = starter.yaml()
        // Planning does not depend on maxDeletions (only the refusal does, and the count fits),
        // so the draft's plan is the written plan's: the same reads are not made twice.
        let manifest = try Self.parse(yaml)
        plan.settings = manifest.settings
        plan.manifest = ManifestReference(
            path: path, sha256: SHA256.hash(data: Data(yaml.utf8)).map { String(format: "%02x", $0) }.joined())
        plan.refusal = nil
        return Result(yaml: yaml, plan: plan)
    }

    /// The manifest of generated text; a diagnostic here is a bug in ``StarterPlan``.
    static func parse(_ yaml: String) throws -> Manifest {
        let result = ManifestParser.parse(bytes: Array(yaml.utf8))
        guard let manifest = result.manifest else {
            throw PlanningError.source(
                "prune init wrote a plan it cannot read (a bug; please report it): "
                    + result.diagnostics.map(\.message).joined(separator: "; "))
        }
        return manifest
    }
}
