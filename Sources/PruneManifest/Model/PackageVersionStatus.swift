/// A package version's status, as the API spells it.
public enum PackageVersionStatus: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    case published = "Published"
    case unfinished = "Unfinished"
    case unlisted = "Unlisted"
    case archived = "Archived"
    case disposed = "Disposed"
    case deleted = "Deleted"

    /// Statuses a `select.status` may name: `Deleted` versions are never candidates.
    public static let selectable: [PackageVersionStatus] = allCases.filter { $0 != .deleted }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
