import CodeArtifactModel
import PruneManifest

/// Why a target does not select a version.
enum SelectionRefusal: Sendable, Hashable {
    case deleted
    case already(PackageVersionStatus)
    case status
    case excluded(String)
    /// No inclusion of this target's `select.versions` matched.
    case didNotMatch(TargetRules)
    case origin(OriginFilter)
    case ageUnknown(RetentionDuration)
    case notOlder(RetentionDuration)
    /// No target gave a reason (every one selected it, yet nothing acted).
    case none

    func text(_ record: VersionRecord) -> String {
        switch self {
        case .deleted: return "status Deleted"
        case .already(let status): return "already \(status.rawValue)"
        case .status: return "status \(record.status.rawValue) not in select.status"
        case .excluded(let source): return "excluded by select.versions '\(source)'"
        case .didNotMatch(let rules):
            return "select.versions [\(rules.target.select?.versions?.description ?? "")] did not match"
        case .origin(let filter): return "origin \(record.origin.rawValue), select.origin is \(filter.rawValue)"
        case .ageUnknown(let duration): return "publish time unknown, so not older than \(duration)"
        case .notOlder(let duration): return "not older than \(duration)\(DecisionReason.published(record))"
        case .none: return "not selected"
        }
    }
}
