import PruneManifest

/// Why a version gets its decision, kept as the facts that make the sentence and written out
/// only when it is read (`--explain`, the saved plan, a preview row's example).
///
/// A million-version plan formatted a sentence per version, a publish time included, and the
/// preview prints about one per package: building them was most of the rules' cost. The
/// facts are a few values and shared strings (pattern sources), so making one allocates
/// nothing. The text is exactly what the evaluator used to write.
enum DecisionReason: Sendable, Hashable {
    /// A sentence already written (rare reasons: conflicts, the guard, keep lists).
    case text(String)
    /// Selected by a target, and no protection held.
    case acted(SelectionReason, ProtectionMiss)
    /// Kept because no target selected it: the first target's refusal.
    case notSelected(SelectionRefusal)
    /// Kept by a target's `keep`.
    case kept(ProtectionReason)

    /// The sentence, for the version `record` the decision is about.
    func text(_ record: VersionRecord) -> String {
        switch self {
        case .text(let text): return text
        case .acted(let selection, let miss): return selection.text(record) + "; " + miss.text
        case .notSelected(let refusal): return "not selected: " + refusal.text(record)
        case .kept(let protection): return protection.text(record)
        }
    }

    /// `" (published 2026-01-01T00:00:00Z)"`, or nothing when the time is unknown.
    static func published(_ record: VersionRecord) -> String {
        record.publishedTime.map { " (published \(RFC3339.format($0)))" } ?? ""
    }
}
