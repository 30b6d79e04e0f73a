import CodeArtifactModel
import Foundation
import KeepLists
import PruneManifest

/// Evaluates packages against a whole manifest: picks the targets covering each package
/// (in manifest order) and runs `PackageEvaluator` on it.
public struct PlanEvaluator: Sendable {
    let rules: [TargetRules]
    let explain: Bool

    /// Prepares the manifest's targets for a run at `now`, with the files `keep.listedIn` names already read.
    public init(manifest: Manifest, now: Date, explain: Bool = false, keepLists: KeepListSet = .empty) {
        rules = manifest.targets.enumerated().map {
            TargetRules(
                index: $0.offset, target: $0.element, now: now, keepLists: keepLists.lists(forTarget: $0.offset))
        }
        self.explain = explain
    }

    /// Names of the targets that cover `coordinates`, in manifest order.
    public func targetNames(covering coordinates: PackageCoordinates) -> [String] {
        rules.filter { $0.matches(coordinates) }.map(\.name)
    }

    /// Manifest positions of the targets that cover `coordinates`.
    public func targetIndices(covering coordinates: PackageCoordinates) -> [Int] {
        rules.filter { $0.matches(coordinates) }.map(\.index)
    }

    /// Age cutoffs the targets covering `coordinates` need: each one an age boundary to find.
    public func ageCutoffs(for coordinates: PackageCoordinates) -> AgeCutoffs {
        var cutoffs = AgeCutoffs()
        for rule in rules where rule.matches(coordinates) {
            if let cutoff = rule.olderThanCutoff { cutoffs.older.insert(cutoff) }
            if let cutoff = rule.newerThanCutoff { cutoffs.newer.insert(cutoff) }
        }
        return cutoffs
    }

    /// The decisions for one package, or nil when no target covers it.
    public func evaluate(_ package: PackageVersions) -> PackageEvaluation? {
        let covering = rules.filter { $0.matches(package.coordinates) }
        guard !covering.isEmpty else { return nil }
        return PackageEvaluator(explain: explain).evaluate(package, targets: covering)
    }
}
