import CodeArtifactModel
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
        let order = VersionOrder(format: package.coordinates.format, packageVersions: versions.lazy.map(\.version))
        // Parsing costs; only `keep.order: version` (ranking, the guard) needs it.
        let parsed: [ParsedVersion?] =
            targets.contains { $0.keepOrder == .version }
            ? versions.map { order.parse($0.version) } : Array(repeating: nil, count: versions.count)
        let count = versions.count

        // Step 3, per target: protections (any target's keep applies to every version). Per
        // version and target in flat arrays (`index * width + position`): a small collection
        // per version was an allocation per version.
        let width = targets.count
        // Each target's `select.versions` against every version, once (selection and the pool use it).
        let selectMatches = targets.map { rules in rules.selectVersions.map { PatternMatch.all($0, versions) } }
        var protections = ProtectionBook(count: count, keepsAll: explain)
        var ranks = [(rank: Int, of: Int)?](repeating: nil, count: count * width)
        for (position, rules) in targets.enumerated() {
            for (index, protection) in protect(
                package, rules: rules, order: order, parsed: parsed, selectMatches: selectMatches[position])
            {
                switch protection {
                case .kept(let reason): protections.add(reason, by: position, to: index)
                case .ranked(let rank, let of): ranks[index * width + position] = (rank, of)
                }
            }
        }

        // Step 2, per target: selection.
        var decisions: [VersionDecision] = []
        decisions.reserveCapacity(count)
        var conflicts: [ActionConflict] = []
        var selectors = [Bool](repeating: false, count: count * width)
        var selections: [(position: Int, because: SelectionReason)] = []
        for index in 0..<count {
            let record = versions[index]
            selections.removeAll(keepingCapacity: true)
            var firstRefusal: (position: Int, why: SelectionRefusal)?
            for (position, rules) in targets.enumerated() {
                switch select(package, index: index, rules: rules, match: selectMatches[position]?[index]) {
                case .selected(let because):
                    selections.append((position, because))
                    selectors[index * width + position] = true
                case .notSelected(let why): if firstRefusal == nil { firstRefusal = (position, why) }
                }
            }
            var decision: VersionDecision
            if record.status == .deleted {
                decision = keep(record, targets[0].name, .text("status Deleted: never a candidate"))
            } else if let protection = protections.first[index] {
                decision = keep(record, targets[protection.target].name, .kept(protection.reason))
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
                        .text(
                            "conflict: '\(rules.name)' would \(rules.action.rawValue), '\(otherRules.name)' would \(otherRules.action.rawValue)"
                        ))
                } else {
                    let miss = protectionMiss(rules, rank: ranks[index * width + first.position])
                    decision = VersionDecision(
                        record: record, outcome: .act(rules.action), target: rules.name,
                        why: .acted(first.because, miss))
                }
            } else {
                let refusal = firstRefusal ?? (0, .none)
                decision = keep(record, targets[refusal.position].name, .notSelected(refusal.why))
            }
            if explain {
                decision.trace = trace(
                    package, index: index, targets: targets, protections: protections.all[index],
                    ranks: ranks[index * width..<(index + 1) * width])
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

    private func keep(_ record: VersionRecord, _ target: String, _ why: DecisionReason) -> VersionDecision {
        VersionDecision(record: record, outcome: .keep, target: target, why: why)
    }

    // MARK: - Selection

    enum Selection {
        case selected(because: SelectionReason)
        case notSelected(why: SelectionRefusal)
    }

    /// Whether `rules` selects version `index`; `match` is its `select.versions` against the version.
    func select(_ package: PackageVersions, index: Int, rules: TargetRules, match: PatternMatch?) -> Selection {
        // The fields one by one, not a copy of the record: this runs per version and target.
        let status = package.versions[index].status
        if status == .deleted { return .notSelected(why: .deleted) }
        if let already = rules.resultingStatus, status == already {
            return .notSelected(why: .already(already))
        }
        if !rules.statusMatches(status) { return .notSelected(why: .status) }
        var inclusion: Int?
        if let matcher = rules.selectVersions {
            let match = match ?? PatternMatch(matcher, package.versions[index].version)
            guard match.matches else {
                if let exclusion = match.exclusion {
                    return .notSelected(why: .excluded(matcher.list.exclusions[exclusion].source))
                }
                return .notSelected(why: .didNotMatch(rules))
            }
            inclusion = match.inclusion
        }
        if rules.selectOrigin != .any, !rules.originMatches(package.versions[index].origin) {
            return .notSelected(why: .origin(rules.selectOrigin))
        }
        if let cutoff = rules.olderThanCutoff, let duration = rules.selectOlderThan,
            !package.isOlder(index, than: cutoff)
        {
            if !package.knowsAge(index, relativeTo: cutoff) { return .notSelected(why: .ageUnknown(duration)) }
            return .notSelected(why: .notOlder(duration))
        }
        let because = SelectionReason(rules: rules, inclusion: inclusion)
        return .selected(because: because)
    }

    // MARK: - Protection

    enum Protection {
        case kept(ProtectionReason)
        case ranked(rank: Int, of: Int)
    }

    /// Every version this target protects (with the reason), and the ranks of the others in its `keep.latest` pool.
    func protect(
        _ package: PackageVersions, rules: TargetRules, order: VersionOrder, parsed: [ParsedVersion?],
        selectMatches: [PatternMatch]?
    ) -> [(Int, Protection)] {
        guard let keep = rules.target.keep else { return [] }
        var result: [(Int, Protection)] = []
        let versions = package.versions
        if let latest = keep.latest {
            // The pool: the target's version pattern, status and origin filters; not its age filter.
            let pool = versions.indices.filter {
                rules.statusMatches(versions[$0].status) && (selectMatches?[$0].matches ?? true)
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
                    result.append((index, .kept(.unparseable(package.coordinates.format))))
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
            for (offset, index) in ranked.enumerated() {
                if offset < latest {
                    result.append((index, .kept(.latest(rules, rank: Int32(clamping: offset + 1)))))
                } else {
                    result.append((index, .ranked(rank: offset + 1, of: latest)))
                }
            }
        }
        if let cutoff = rules.newerThanCutoff, let duration = keep.newerThan {
            for index in versions.indices where package.isNewer(index, than: cutoff) {
                result.append((index, .kept(.newerThan(duration))))
            }
        }
        if let matcher = rules.keepVersions {
            for index in versions.indices {
                let match = PatternMatch(matcher, versions[index].version)
                guard match.matches else { continue }
                let source = match.inclusion.map { matcher.list.inclusions[$0].source } ?? matcher.list.description
                result.append((index, .kept(.versions(source))))
            }
        }
        if let listed = rules.listed, !listed.isEmpty {
            for index in versions.indices {
                if let reason = listed.reason(for: package.coordinates, version: versions[index].version) {
                    result.append((index, .kept(.listed(reason))))
                }
            }
        }
        return result
    }

    private func protectionMiss(_ rules: TargetRules, rank: (rank: Int, of: Int)?) -> ProtectionMiss {
        guard let keep = rules.target.keep else { return .noKeep }
        if let rank { return .rank(Int32(clamping: rank.rank), of: Int32(clamping: rank.of)) }
        if keep.latest != nil { return .outsidePool }
        return .noneHolds
    }

    // MARK: - Trace

    private func trace(
        _ package: PackageVersions, index: Int, targets: [TargetRules],
        protections: [(target: Int, reason: ProtectionReason)],
        ranks: ArraySlice<(rank: Int, of: Int)?>
    ) -> [String] {
        let record = package.versions[index]
        var lines: [String] = []
        for (position, rules) in targets.enumerated() {
            switch select(package, index: index, rules: rules, match: nil) {
            case .selected(let because):
                lines.append("\(rules.name): selected for \(rules.action.rawValue): \(because.text(record))")
            case .notSelected(let why): lines.append("\(rules.name): not selected: \(why.text(record))")
            }
            for protection in protections where protection.target == position {
                lines.append("\(rules.name): protected: \(protection.reason.text(record))")
            }
            if let rank = ranks[ranks.startIndex + position] {
                lines.append("\(rules.name): rank \(rank.rank) in keep.latest \(rank.of)")
            }
        }
        return lines + package.notes
    }
}
