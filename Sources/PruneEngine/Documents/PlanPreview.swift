import CodeArtifactModel
import PruneManifest

/// What the terminal and Markdown previews show of a plan: per target, one row per package
/// it acts on (a count, the first versions, the first reason), the kept counts, the summary.
///
/// Gathered package by package from the plan, without the saved plan's entry per version: a
/// million-version plan's document is hundreds of MiB that the preview never shows, and
/// building it cost more than the rules. The rows are the ones the document's order gives
/// (packages in coordinate order, versions in Unicode scalar order), so the preview is the
/// same text either way.
public struct PlanPreview: Sendable {
    /// One package a target acts on (packages of one identity in several domains share a row).
    public struct Row: Sendable {
        /// `NAMESPACE/NAME` or `NAME`.
        public var package: String
        /// The repository.
        public var repository: String
        /// Repository, format, namespace and name, NUL-separated: the row's key and tie-break.
        public var identity: String
        /// Versions acted on.
        public var actedCount = 0
        /// The first versions acted on, in version order (at most ``sampleSize``).
        public var sample: [String] = []
        /// The action (one per target).
        public var action = ""
        /// The reason of the first version acted on.
        public var firstReason = ""
        /// What the row's versions free (`--sizes`).
        public var frees = SizeTally.Total()
    }

    /// Versions a row keeps for its sample: the Markdown preview shows 5, the text one 3.
    public static let sampleSize = 5

    /// The manifest's path as given.
    public var manifestPath: String
    /// The "now" ages were measured against (RFC 3339).
    public var now: String
    /// `K/N` when the plan is one shard.
    public var shard: String?
    /// `settings.maxDeletions`.
    public var maxDeletions: Int
    /// The same counts as the saved plan's.
    public var summary: PlanDocument.Summary
    /// Warnings that did not stop the plan.
    public var warnings: [String]
    /// Why the plan acts on nothing, when refused.
    public var refused: String?
    /// Conflicts between targets, when any.
    public var conflicts: [String]?
    /// Targets in the order they first act, each with its rows (unsorted).
    public var targets: [(target: String, rows: [Row])]
    /// Versions kept per package identity.
    public var keptByIdentity: [String: Int]
    /// What the plan frees, when it was measured.
    public var sizes: SizeTally?

    /// True when the plan acts on no version.
    public var actsOnNothing: Bool { summary.act == 0 }

    /// Repository, format, namespace and name: two formats may hold packages of one name.
    public static func identity(_ coordinates: PackageCoordinates) -> String {
        [coordinates.repository, coordinates.format.rawValue, coordinates.namespace ?? "", coordinates.package]
            .joined(separator: "\u{0}")
    }
}

extension PlanPreview {
    /// The preview of `plan`.
    public init(_ plan: Plan) {
        let document = plan.sizing.map { _ in PlanDocument(plan) }
        sizes = document.flatMap { document in
            document.summary.sizes.map { SizeTally(actions: document.actions, mode: $0) }
        }
        manifestPath = plan.manifest.path
        now = RFC3339.format(plan.now)
        shard = plan.shard?.description
        maxDeletions = plan.settings.maxDeletions
        warnings = plan.warnings
        refused = plan.refusal?.description
        let conflicts = plan.conflicts
        self.conflicts = conflicts.isEmpty ? nil : conflicts.map(\.description)

        var order: [String] = []
        var rows: [String: [String: Row]] = [:]
        var kept: [String: Int] = [:]
        var byAction: [String: Int] = [:]
        var acted = 0
        var versions = 0
        var deletions = 0
        for package in plan.packages {
            let identity = Self.identity(package.coordinates)
            versions += package.decisions.count
            // Per target, its versions in the document's order: the few smallest are all a row
            // shows. A package has few targets: a list, searched from the last one used.
            var gathered: [(target: String, gathering: TargetGathering)] = []
            var last = 0
            var keptHere = 0
            // By index: `for decision in` copied every decision (strings retained and released)
            // where most are only counted.
            for index in package.decisions.indices {
                guard let action = package.decisions[index].action else {
                    keptHere += 1
                    continue
                }
                acted += 1
                byAction[action.rawValue, default: 0] += 1
                if action.isIrreversible { deletions += 1 }
                if last >= gathered.count || gathered[last].target != package.decisions[index].target {
                    if let found = gathered.firstIndex(where: { $0.target == package.decisions[index].target }) {
                        last = found
                    } else {
                        gathered.append((package.decisions[index].target, TargetGathering(action: action.rawValue)))
                        last = gathered.count - 1
                    }
                }
                gathered[last].gathering.add(package.decisions[index])
            }
            if keptHere > 0 { kept[identity, default: 0] += keptHere }
            // Targets appear in the order of their smallest version (the document's order).
            gathered.sort { UnicodeOrder.less($0.gathering.smallest[0].version, $1.gathering.smallest[0].version) }
            for (target, gathering) in gathered {
                if rows[target] == nil {
                    order.append(target)
                    rows[target] = [:]
                }
                var row =
                    rows[target]![identity]
                    ?? Row(
                        package: package.coordinates.displayName, repository: package.coordinates.repository,
                        identity: identity)
                if row.actedCount == 0 { row.firstReason = gathering.smallest[0].decision.reason }
                row.actedCount += gathering.count
                row.sample = Array(
                    (row.sample + gathering.smallest.map(\.decision.record.version)).prefix(Self.sampleSize))
                row.action = gathering.action
                rows[target]![identity] = row
            }
        }
        if let sizes, let document {
            for entry in document.actions {
                let key = [entry.repository, entry.format.rawValue, entry.namespace ?? "", entry.package]
                    .joined(separator: "\u{0}")
                rows[entry.target]![key]!.frees.add(sizes.estimate(entry))
            }
        }
        targets = order.map { ($0, Array(rows[$0]!.values)) }
        keptByIdentity = kept
        summary =
            document?.summary
            ?? PlanDocument.Summary(
                packages: plan.packages.count, versions: versions, act: acted, keep: versions - acted,
                deletions: deletions, byAction: byAction)
    }

    /// One target's versions acted on in one package: how many, and the smallest few in
    /// Unicode scalar order (a bounded insertion, not a sort of them all). Decisions are kept
    /// whole: a reason is written only for the first of a row.
    private struct TargetGathering {
        var action: String
        var count = 0
        var smallest: [(version: String, decision: VersionDecision)] = []

        init(action: String) { self.action = action }

        mutating func add(_ decision: VersionDecision) {
            count += 1
            let version = decision.record.version
            guard
                smallest.count < PlanPreview.sampleSize
                    || UnicodeOrder.less(version, smallest[smallest.count - 1].version)
            else { return }
            let position = smallest.firstIndex { UnicodeOrder.less(version, $0.version) } ?? smallest.count
            smallest.insert((version, decision), at: position)
            if smallest.count > PlanPreview.sampleSize { smallest.removeLast() }
        }
    }
}
