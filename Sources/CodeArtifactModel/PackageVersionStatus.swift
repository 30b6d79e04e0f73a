/// A package version's status, as the API model spells it (`PackageVersionStatus`).
public enum PackageVersionStatus: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    /// Listed and downloadable.
    case published = "Published"
    /// Being published.
    case unfinished = "Unfinished"
    /// Downloadable but not listed by package managers.
    case unlisted = "Unlisted"
    /// Not downloadable, restorable.
    case archived = "Archived"
    /// Assets deleted, metadata kept.
    case disposed = "Disposed"
    /// Gone; the API reports it after a delete, an inventory never stores it.
    case deleted = "Deleted"

    /// Statuses a version can be found in (and a `select.status` may name): never `Deleted`.
    public static let selectable: [PackageVersionStatus] = allCases.filter { $0 != .deleted }

    /// Wire-name order, so sorted lists read alphabetically.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
