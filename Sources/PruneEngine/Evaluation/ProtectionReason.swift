import CodeArtifactModel
import PruneManifest

/// Why a target's `keep` protects a version.
enum ProtectionReason: Sendable, Hashable {
    case unparseable(PackageFormat)
    /// Among this target's `keep.latest` (the count and the order are its).
    case latest(TargetRules, rank: Int32)
    case newerThan(RetentionDuration)
    /// `keep.versions`: the inclusion that matched (or the list, when none did).
    case versions(String)
    /// `keep.listedIn`: "listed in FILE:LINE".
    case listed(String)

    func text(_ record: VersionRecord) -> String {
        switch self {
        case .unparseable(let format): return "unparseable as \(format.rawValue)"
        case .latest(let rules, let rank):
            let by = rules.target.keep?.order == .version ? " by version" : ""
            return "keep.latest \(rules.target.keep?.latest ?? 0)\(by) (rank \(rank))"
        case .newerThan(let duration): return "keep.newerThan \(duration)\(DecisionReason.published(record))"
        case .versions(let source): return "keep.versions '\(source)' matched"
        case .listed(let text): return text
        }
    }
}
