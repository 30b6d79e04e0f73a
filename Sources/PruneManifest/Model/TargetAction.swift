/// What a target does to the versions it selects.
public enum TargetAction: String, Sendable, Hashable, CaseIterable, Codable {
    /// `DeletePackageVersions`: irreversible.
    case delete
    /// `DisposePackageVersions`: assets removed, record kept; irreversible.
    case dispose
    /// `UpdatePackageVersionsStatus` to `Archived`: reversible.
    case archive
    /// `UpdatePackageVersionsStatus` to `Unlisted`: reversible.
    case unlist

    /// Counted against `settings.maxDeletions`.
    public var isIrreversible: Bool { self == .delete || self == .dispose }
}
