import CodeArtifactModel
import PruneManifest

extension PackageEvaluator {
    /// The last-version guard: a package that has a Published or Unlisted version keeps one,
    /// unless every target acting on it sets `allowEmptyPackage`. Returns true when it acted.
    func applyGuard(
        _ decisions: inout [VersionDecision], package: PackageVersions, targets: [TargetRules], selectors: [Bool],
        parsed: [ParsedVersion?]
    ) -> Bool {
        func isAlive(_ status: PackageVersionStatus) -> Bool { status == .published || status == .unlisted }
        // By index, reading two fields: `contains(where:)` on the decisions copied each one
        // (its strings retained, then released), twice per version of every package.
        guard decisions.indices.contains(where: { isAlive(decisions[$0].record.status) }) else { return false }
        let aliveAfter = decisions.indices.contains { index in
            switch decisions[index].outcome {
            case .keep: return isAlive(decisions[index].record.status)
            case .act(let action): return action == .unlist
            }
        }
        guard !aliveAfter else { return false }
        let acted = decisions.indices.filter { decisions[$0].action != nil }
        // `selectors[index * targets.count + position]`: whether that target selects that version.
        let actingTargets = Set(
            acted.flatMap { index in targets.indices.filter { selectors[index * targets.count + $0] } })
        guard !actingTargets.allSatisfy({ targets[$0].target.allowEmptyPackage }) else { return false }

        let candidates = acted.filter { isAlive(decisions[$0].record.status) }
        let orders = Set(actingTargets.map { targets[$0].keepOrder })
        var survivor = candidates.min()  // newest by publish time: list order
        if orders == [.version] {
            let parseable = candidates.filter { parsed[$0] != nil }
            if let highest = parseable.max(by: { a, b in parsed[a]! == parsed[b]! ? a > b : parsed[a]! < parsed[b]! }) {
                survivor = highest
            }
        }
        guard let survivor else { return false }
        decisions[survivor].outcome = .keep
        decisions[survivor].reason = "last-version guard: the package keeps one Published or Unlisted version"
        if explain { decisions[survivor].trace.append("guard: kept so the package is not left empty") }
        return true
    }
}
