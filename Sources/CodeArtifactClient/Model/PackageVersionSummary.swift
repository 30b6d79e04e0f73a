/// One version of a ListPackageVersions answer.
public struct PackageVersionSummary: Sendable, Hashable, Codable {
    /// The version string.
    public var version: String
    /// The revision (changes whenever the version's assets or metadata change).
    public var revision: String?
    /// The status.
    public var status: PackageVersionStatus
    /// The origin.
    public var origin: PackageVersionOrigin?

    /// Creates a summary.
    public init(
        version: String, revision: String? = nil, status: PackageVersionStatus, origin: PackageVersionOrigin? = nil
    ) {
        self.version = version
        self.revision = revision
        self.status = status
        self.origin = origin
    }
}
