import CodeArtifactModel

/// `select`: the conditions a version must all meet to be a candidate.
public struct Selection: Sendable, Hashable {
    /// Version patterns; nil means every version.
    public var versions: PatternList?
    /// Statuses; nil means every status but `Deleted`.
    public var statuses: Set<PackageVersionStatus>?
    /// Origin filter (default any).
    public var origin: OriginFilter
    /// Only versions published strictly longer ago than this.
    public var olderThan: RetentionDuration?

    /// Creates a selection.
    public init(
        versions: PatternList? = nil, statuses: Set<PackageVersionStatus>? = nil, origin: OriginFilter = .any,
        olderThan: RetentionDuration? = nil
    ) {
        self.versions = versions
        self.statuses = statuses
        self.origin = origin
        self.olderThan = olderThan
    }
}
