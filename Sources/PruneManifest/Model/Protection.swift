/// `keep`: conditions of which any one protects a version.
public struct Protection: Sendable, Hashable {
    /// Keep the N newest versions among those the target's version, status and origin filters match.
    public var latest: Int?
    /// What "newest" means for `latest`.
    public var order: KeepOrder
    /// Keep versions published less than this long ago.
    public var newerThan: RetentionDuration?
    /// Keep versions matching these patterns.
    public var versions: PatternList?
    /// Keep versions named in these lockfiles and SBOMs (paths or globs); read outside the parser.
    public var listedIn: [KeepListReference]?

    /// Largest `latest` accepted.
    public static let maximumLatest = 1_000_000

    /// Creates a protection.
    public init(
        latest: Int? = nil, order: KeepOrder = .published, newerThan: RetentionDuration? = nil,
        versions: PatternList? = nil, listedIn: [KeepListReference]? = nil
    ) {
        self.latest = latest
        self.order = order
        self.newerThan = newerThan
        self.versions = versions
        self.listedIn = listedIn
    }
}
