import CodeArtifactModel
import Foundation
import PruneManifest

/// The saved plan (`prune plan --out plan.json`, `--format json`): one document that
/// scripts and `prune apply` read alike. See docs/spec/product.md, "The saved plan".
public struct PlanDocument: Codable, Sendable {
    /// Always 1.
    public var planVersion: Int
    /// Manifest path and digest.
    public var manifest: ManifestReference
    /// Path and digest of each `keep.listedIn` file read (provenance); absent when none.
    public var keepLists: [ManifestReference]?
    /// When the plan was made (RFC 3339).
    public var createdAt: String
    /// The "now" ages were measured against (RFC 3339).
    public var now: String
    /// Resolved run settings; `apply` uses them and re-checks `maxDeletions`.
    public var settings: SettingsDocument
    /// `K/N` when the plan is one shard.
    public var shard: String?
    /// Counts.
    public var summary: Summary
    /// Warnings that did not stop the plan.
    public var warnings: [String]
    /// Why the plan acts on nothing, when refused.
    public var refused: String?
    /// Conflicts between targets, when any.
    public var conflicts: [String]?
    /// Exactly the versions `apply` acts on.
    public var actions: [Entry]
    /// Every other version of every matched package, with its reason.
    public var kept: [Entry]

    /// Counts of a plan.
    public struct Summary: Codable, Sendable, Hashable {
        /// Matched packages.
        public var packages: Int
        /// Versions in them.
        public var versions: Int
        /// Versions acted on.
        public var act: Int
        /// Versions kept.
        public var keep: Int
        /// Versions deleted or disposed (what maxDeletions limits).
        public var deletions: Int
        /// Versions per action.
        public var byAction: [String: Int]
        /// How sizes were measured (`exact` or `sample`); absent when they were not.
        public var sizes: SizingMode?
        /// Bytes freed by delete and dispose (estimated in part when `bytesEstimated`).
        public var bytes: Int64?
        /// True when `bytes` extrapolates from sampled versions.
        public var bytesEstimated: Bool?
        /// Deletes and disposes whose size is unknown (not in `bytes`).
        public var versionsUnknownSize: Int?
        /// Bytes freed per target.
        public var bytesByTarget: [String: Int64]?
    }

    /// One version with its coordinates, state seen and reason.
    public struct Entry: Codable, Sendable, Hashable {
        public var region: String?
        public var domain: String
        public var domainOwner: String?
        public var repository: String
        public var format: PackageFormat
        public var namespace: String?
        public var package: String
        public var version: String
        /// For actions: what to do.
        public var action: TargetAction?
        /// Status when planned (sent as `expectedStatus`).
        public var status: PackageVersionStatus
        /// Revision when planned (sent as `versionRevisions` where the operation takes it).
        public var revision: String?
        /// Publish time when known (RFC 3339).
        public var publishedTime: String?
        /// Origin type.
        public var origin: PackageVersionOriginType?
        /// The target the reason speaks of.
        public var target: String
        /// Why.
        public var reason: String
        /// Every target's view (with `--explain`).
        public var trace: [String]?
        /// Bytes the version holds, where `--sizes` measured it.
        public var size: Int64?

        /// The package's coordinates.
        public var coordinates: PackageCoordinates {
            PackageCoordinates(
                region: region, domain: domain, domainOwner: domainOwner, repository: repository, format: format,
                namespace: namespace, package: package)
        }
    }
}

/// `settings` as written in saved plans and reports: every rate limit resolved, and the
/// shard the budgets were shared for, so `apply` never divides them twice.
public struct SettingsDocument: Codable, Sendable, Hashable {
    /// In-flight requests at most.
    public var concurrency: Int
    /// The deletion guard.
    public var maxDeletions: Int
    /// Requests per second per operation and class.
    public var rateLimits: [String: Double]
    /// `K/N` when these settings are one shard's share (written as null otherwise).
    public var shard: String?

    /// From run settings, with AWS's defaults filled in (already the shard's share when `shard` is set).
    public init(_ settings: Settings, shard: String? = nil) {
        concurrency = settings.concurrency
        maxDeletions = settings.maxDeletions
        rateLimits = Dictionary(
            uniqueKeysWithValues: RateLimitKey.allCases.map { ($0.rawValue, settings.rateLimit(for: $0)) })
        self.shard = shard
    }

    /// Back to settings (unknown rate limit names are ignored).
    public var settings: Settings {
        var limits: [RateLimitKey: Double] = [:]
        for (name, value) in rateLimits { if let key = RateLimitKey(rawValue: name) { limits[key] = value } }
        return Settings(concurrency: concurrency, rateLimits: limits, maxDeletions: maxDeletions)
    }

    private enum CodingKeys: String, CodingKey {
        case concurrency, maxDeletions, rateLimits, shard
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(concurrency, forKey: .concurrency)
        try container.encode(maxDeletions, forKey: .maxDeletions)
        try container.encode(rateLimits, forKey: .rateLimits)
        // Null, not absent: "made for the whole plan" is a statement the gate checks.
        try container.encode(shard, forKey: .shard)
    }
}

extension PlanDocument {
    /// The document of a plan; `explain` includes every version's trace.
    public init(_ plan: Plan, explain: Bool = false) {
        // Packages are already in coordinate order: sorting versions within each package
        // gives the document's order without a global sort (which dominated large plans).
        var actions: [Entry] = []
        var kept: [Entry] = []
        var byAction: [String: Int] = [:]
        for package in plan.packages {
            let decisions = package.decisions.sorted { UnicodeOrder.less($0.record.version, $1.record.version) }
            for decision in decisions {
                let entry = Entry(package.coordinates, decision, explain: explain)
                if let action = decision.action {
                    actions.append(entry)
                    byAction[action.rawValue, default: 0] += 1
                } else {
                    kept.append(entry)
                }
            }
        }
        var summary = Summary(
            packages: plan.packages.count, versions: plan.versionCount, act: actions.count, keep: kept.count,
            deletions: plan.deletionCount, byAction: byAction)
        if let mode = plan.sizing {
            let tally = SizeTally(actions: actions, mode: mode)
            summary.sizes = mode
            summary.bytes = tally.total.bytes
            summary.bytesEstimated = tally.total.estimated
            summary.versionsUnknownSize = tally.total.unknown
            summary.bytesByTarget = tally.byTarget.mapValues(\.bytes)
        }
        self.init(
            planVersion: 1, manifest: plan.manifest, createdAt: RFC3339.format(plan.createdAt),
            now: RFC3339.format(plan.now),
            settings: SettingsDocument(plan.settings, shard: plan.shard?.description), shard: plan.shard?.description,
            summary: summary,
            warnings: plan.warnings, refused: plan.refusal?.description,
            conflicts: plan.conflicts.isEmpty ? nil : plan.conflicts.map(\.description), actions: actions, kept: kept)
        keepLists = plan.keepLists.isEmpty ? nil : plan.keepLists
    }

    /// Pretty JSON with sorted keys, ending in a newline.
    public func encoded() throws -> Data {
        try DocumentJSON.encode(self)
    }
}

extension PlanDocument.Entry {
    init(_ coordinates: PackageCoordinates, _ decision: VersionDecision, explain: Bool) {
        let record = decision.record
        self.init(
            region: coordinates.region, domain: coordinates.domain, domainOwner: coordinates.domainOwner,
            repository: coordinates.repository, format: coordinates.format, namespace: coordinates.namespace,
            package: coordinates.package, version: record.version, action: decision.action, status: record.status,
            revision: record.revision, publishedTime: record.publishedTime.map(RFC3339.format), origin: record.origin,
            target: decision.target, reason: decision.reason, trace: explain ? decision.trace : nil,
            size: decision.size)
    }
}
