import Foundation
import PruneManifest

/// Applies `docs/spec/manifest.md`'s "Meaning, step by step" to one package: selection, protection,
/// conflicts, the last-version guard, and a decision with a reason for every version.
///
/// Packages are independent, so the engine evaluates them one at a time (or concurrently)
/// and memory grows with the largest package, not with the plan.
struct PackageEvaluator {
    let explain: Bool

    func evaluate(_ package: PackageVersions, targets: [TargetRules]) -> PackageEvaluation {
        let versions = package.versions
        let order = VersionOrder(format: package.coordinates.format, packageVersions: versions.map(\.version))
        // Parsing costs; only `keep.order: version` (ranking, the guard) needs it.
        let parsed: [ParsedVersion?] =
            targets.contains { $0.keepOrder == .version }
            ? versions.map { order.parse($0.version) } : Array(repeating: nil, count: versions.count)
        let count = versions.count

        // Step 3, per target: protections (any target's keep applies to every version).
        var protections = [[(target: Int, reason: String)]](repeating: [], count: count)
        var ranks = [[Int: (rank: Int, of: Int)]](repeating: [:], count: count)
        for (position, rules) in targets.enumerated() {
            for (index, protection) in protect(package, rules: rules, order: order, parsed: parsed) {
                switch protection {
                case .kept(let reason): protections[index].append((position, reason))
                case .ranked(let rank, let of): ranks[index][position] = (rank, of)
                }
            }
        }

        // Step 2, per target: selection.
        var decisions: [VersionDecision] = []
        decisions.reserveCapacity(count)
        var conflicts: [ActionConflict] = []
        var selectors = [[Int]](repeating: [], count: count)
        for index in 0..<count {
            let record = versions[index]
            var selections: [(position: Int, because: String)] = []
            var firstRefusal: (position: Int, why: String)?
            for (position, rules) in targets.enumerated() {
                switch select(package, index: index, rules: rules) {
                case .selected(let because): selections.append((position, because))
                case .notSelected(let why): if firstRefusal == nil { firstRefusal = (position, why) }
                }
            }
            selectors[index] = selections.map(\.position)
            var decision: VersionDecision
            if record.status == .deleted {
                decision = keep(record, targets[0].name, "status Deleted: never a candidate")
            } else if let protection = protections[index].first {
                decision = keep(record, targets[protection.target].name, protection.reason)
            } else if let first = selections.first {
                let rules = targets[first.position]
                if let other = selections.first(where: { targets[$0.position].action != rules.action }) {
                    let otherRules = targets[other.position]
                    conflicts.append(
                        ActionConflict(
                            coordinates: package.coordinates, version: record.version,
                            first: (rules.name, rules.action), second: (otherRules.name, otherRules.action)))
                    decision = keep(
                        record, rules.name,
                        "conflict: '\(rules.name)' would \(rules.action.rawValue), '\(otherRules.name)' would \(otherRules.action.rawValue)"
                    )
                } else {
                    let miss = protectionMiss(rules, rank: ranks[index][first.position])
                    decision = VersionDecision(
                        record: record, outcome: .act(rules.action), target: rules.name,
                        reason: first.because + "; " + miss, trace: [])
                }
            } else {
                let refusal = firstRefusal ?? (0, "not selected")
                decision = keep(record, targets[refusal.position].name, "not selected: " + refusal.why)
            }
            if explain {
                decision.trace = trace(
                    package, index: index, targets: targets, protections: protections[index], ranks: ranks[index])
            }
            decisions.append(decision)
        }

        // Step 4: the last-version guard, after conflicts.
        let guardApplied = applyGuard(
            &decisions, package: package, targets: targets, selectors: selectors, parsed: parsed)
        return PackageEvaluation(
            coordinates: package.coordinates, decisions: decisions, conflicts: conflicts,
            targets: targets.map(\.name), guardApplied: guardApplied)
    }

    private func keep(_ record: VersionRecord, _ target: String, _ reason: String) -> VersionDecision {
        VersionDecision(record: record, outcome: .keep, target: target, reason: reason, trace: [])
    }

    // MARK: - Selection

    enum Selection {
        case selected(because: String)
        case notSelected(why: String)
    }

    func select(_ package: PackageVersions, index: Int, rules: TargetRules) -> Selection {
        let record = package.versions[index]
        let select = rules.target.select
        if record.status == .deleted { return .notSelected(why: "status Deleted") }
        if let already = rules.resultingStatus, record.status == already {
            return .notSelected(why: "already \(already.rawValue)")
        }
        if !rules.statusMatches(record.status) {
            return .notSelected(why: "status \(record.status.rawValue) not in select.status")
        }
        var because: [String] = []
        if let patterns = select?.versions {
            guard patterns.matches(record.version) else {
                if let exclusion = patterns.exclusions.first(where: { $0.matchesIgnoringExclusion(record.version) }) {
                    return .notSelected(why: "excluded by select.versions '\(exclusion.source)'")
                }
                return .notSelected(why: "select.versions [\(patterns)] did not match")
            }
            if let inclusion = patterns.inclusions.first(where: { $0.matchesIgnoringExclusion(record.version) }) {
                because.append("select.versions '\(inclusion.source)' matched")
            } else {
                because.append("not excluded by select.versions")
            }
        }
        if select?.statuses != nil { because.append("status \(record.status.rawValue)") }
        if let origin = select?.origin, origin != .any {
            guard rules.originMatches(record.origin) else {
                return .notSelected(why: "origin \(record.origin.rawValue), select.origin is \(origin.rawValue)")
            }
            because.append("origin \(record.origin.rawValue)")
        }
        if let cutoff = rules.olderThanCutoff, let duration = select?.olderThan {
            guard package.isOlder(index, than: cutoff) else {
                if !package.knowsAge(index, relativeTo: cutoff) {
                    return .notSelected(why: "publish time unknown, so not older than \(duration)")
                }
                return .notSelected(why: "not older than \(duration)\(published(record))")
            }
            because.append("older than \(duration)\(published(record))")
        }
        return .selected(
            because: because.isEmpty
                ? "every version is a candidate (no select conditions)" : because.joined(separator: ", "))
    }

    private func published(_ record: VersionRecord) -> String {
        record.publishedTime.map { " (published \(RFC3339.format($0)))" } ?? ""
    }

    // MARK: - Protection

    enum Protection {
        case kept(String)
        case ranked(rank: Int, of: Int)
    }

    /// Every version this target protects (with the reason), and the ranks of the others in its `keep.latest` pool.
    func protect(_ package: PackageVersions, rules: TargetRules, order: VersionOrder, parsed: [ParsedVersion?])
        -> [(Int, Protection)]
    {
        guard let keep = rules.target.keep else { return [] }
        var result: [(Int, Protection)] = []
        let versions = package.versions
        if let latest = keep.latest {
            // The pool: the target's version pattern, status and origin filters; not its age filter.
            let pool = versions.indices.filter {
                rules.statusMatches(versions[$0].status) && rules.versionMatches(versions[$0].version)
                    && rules.originMatches(versions[$0].origin)
            }
            var ranked = pool
            if keep.order == .version {
                var unparseable: [Int] = []
                ranked = []
                for index in pool {
                    if parsed[index] == nil { unparseable.append(index) } else { ranked.append(index) }
                }
                for index in unparseable {
                    result.append((index, .kept("unparseable as \(package.coordinates.format.rawValue)")))
                }
                // Highest first; equal under the format's order: newer first (list order), then the string.
                ranked.sort { a, b in
                    let pa = parsed[a]!
                    let pb = parsed[b]!
                    if pa != pb { return pa > pb }
                    if a != b { return a < b }
                    return UnicodeOrder.less(versions[b].version, versions[a].version)
                }
            }
            let by = keep.order == .version ? " by version" : ""
            for (offset, index) in ranked.enumerated() {
                if offset < latest {
                    result.append((index, .kept("keep.latest \(latest)\(by) (rank \(offset + 1))")))
                } else {
                    result.append((index, .ranked(rank: offset + 1, of: latest)))
                }
            }
        }
        if let cutoff = rules.newerThanCutoff, let duration = keep.newerThan {
            for index in versions.indices where package.isNewer(index, than: cutoff) {
                result.append((index, .kept("keep.newerThan \(duration)\(published(versions[index]))")))
            }
        }
        if let patterns = keep.versions {
            for index in versions.indices where patterns.matches(versions[index].version) {
                let pattern = patterns.inclusions.first { $0.matchesIgnoringExclusion(versions[index].version) }
                result.append((index, .kept("keep.versions '\(pattern?.source ?? patterns.description)' matched")))
            }
        }
        if let listed = rules.listed, !listed.isEmpty {
            for index in versions.indices {
                if let reason = listed.reason(for: package.coordinates, version: versions[index].version) {
                    result.append((index, .kept(reason)))
                }
            }
        }
        return result
    }

    private func protectionMiss(_ rules: TargetRules, rank: (rank: Int, of: Int)?) -> String {
        guard let keep = rules.target.keep else { return "no keep condition" }
        if let rank { return "not among keep.latest \(rank.of) (rank \(rank.rank))" }
        if keep.latest != nil { return "outside the keep.latest pool" }
        return "no keep condition holds"
    }

    // MARK: - Trace

    private func trace(
        _ package: PackageVersions, index: Int, targets: [TargetRules], protections: [(target: Int, reason: String)],
        ranks: [Int: (rank: Int, of: Int)]
    ) -> [String] {
        var lines: [String] = []
        for (position, rules) in targets.enumerated() {
            switch select(package, index: index, rules: rules) {
            case .selected(let because):
                lines.append("\(rules.name): selected for \(rules.action.rawValue): \(because)")
            case .notSelected(let why): lines.append("\(rules.name): not selected: \(why)")
            }
            for protection in protections where protection.target == position {
                lines.append("\(rules.name): protected: \(protection.reason)")
            }
            if let rank = ranks[position] {
                lines.append("\(rules.name): rank \(rank.rank) in keep.latest \(rank.of)")
            }
        }
        return lines + package.notes
    }
}
