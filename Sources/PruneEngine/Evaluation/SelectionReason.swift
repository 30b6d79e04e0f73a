import PruneManifest

/// Why a target selects a version: "select.versions '*-*' matched, status Published, origin
/// INTERNAL, older than 90d (published …)", a clause for each condition the target has.
///
/// The target's `select` gives the words, so a reason holds the target and which inclusion
/// matched: a decision is kept for every version of a plan, and these few bytes instead of
/// the words' strings and durations kept a million-version plan under its memory bound.
struct SelectionReason: Sendable, Hashable {
    /// The target that selects the version.
    let rules: TargetRules
    /// Which of `select.versions`' inclusions matched first; nil when the target has no
    /// `select.versions`, or none of its inclusions (an exclusions-only list) did.
    let inclusion: Int16?

    init(rules: TargetRules, inclusion: Int?) {
        self.rules = rules
        self.inclusion = inclusion.map { Int16(clamping: $0) }
    }

    func text(_ record: VersionRecord) -> String {
        let select = rules.target.select
        var clauses: [String] = []
        if let patterns = select?.versions {
            if let inclusion {
                clauses.append("select.versions '\(patterns.inclusions[Int(inclusion)].source)' matched")
            } else {
                clauses.append("not excluded by select.versions")
            }
        }
        // The same conditions as `PackageEvaluator.select` checked.
        if select?.statuses != nil { clauses.append("status \(record.status.rawValue)") }
        if let origin = select?.origin, origin != .any { clauses.append("origin \(record.origin.rawValue)") }
        if rules.olderThanCutoff != nil, let duration = select?.olderThan {
            clauses.append("older than \(duration)\(DecisionReason.published(record))")
        }
        return clauses.isEmpty
            ? "every version is a candidate (no select conditions)" : clauses.joined(separator: ", ")
    }
}
