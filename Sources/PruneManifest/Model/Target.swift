import CodeArtifactModel

/// One target of a plan, with `defaults` applied: where to look, which versions are
/// candidates, which are protected, and what to do.
public struct Target: Sendable, Hashable {
    /// Unique name; appears in previews, reports and traces.
    public var name: String
    /// CodeArtifact domain.
    public var domain: String
    /// Domain owner account; nil means the caller's own (or, offline, match by name).
    public var domainOwner: String?
    /// Region; nil means the command line, environment or profile decides.
    public var region: String?
    /// Repository patterns: an exact name (no wildcard) as before, or globs, `/regex/`
    /// and `!` exclusions matched against the names of the domain's repositories.
    public var repository: PatternList
    /// Package format.
    public var format: PackageFormat
    /// Namespace patterns; nil matches every package, with or without a namespace.
    public var namespace: PatternList?
    /// Package name patterns; default everything.
    public var packages: PatternList
    /// Which versions are candidates; nil means every version.
    public var select: Selection?
    /// Which versions are protected; nil means none (the guard still applies).
    public var keep: Protection?
    /// What to do to the versions acted on.
    public var action: TargetAction
    /// Allow the plan to leave a package with no Published or Unlisted version.
    public var allowEmptyPackage: Bool
    /// Where the target starts in the manifest.
    public var location: SourceLocation

    /// Creates a target.
    public init(
        name: String, domain: String, domainOwner: String? = nil, region: String? = nil, repository: PatternList,
        format: PackageFormat, namespace: PatternList? = nil, packages: PatternList = .everything,
        select: Selection? = nil, keep: Protection? = nil, action: TargetAction = .delete,
        allowEmptyPackage: Bool = false, location: SourceLocation = .start
    ) {
        self.name = name
        self.domain = domain
        self.domainOwner = domainOwner
        self.region = region
        self.repository = repository
        self.format = format
        self.namespace = namespace
        self.packages = packages
        self.select = select
        self.keep = keep
        self.action = action
        self.allowEmptyPackage = allowEmptyPackage
        self.location = location
    }
}
