import CodeArtifactModel

/// UpdatePackageVersionsStatus: move up to 100 versions to Published, Unlisted or Archived.
public struct UpdatePackageVersionsStatusRequest: Sendable, Hashable {
    /// The package.
    public var package: PackageCoordinates
    /// The versions, 1...100.
    public var versions: [String]
    /// Act only on versions still at these revisions.
    public var versionRevisions: [String: String]?
    /// Act only on versions that still have this status.
    public var expectedStatus: PackageVersionStatus?
    /// The new status: Published, Unlisted or Archived.
    public var targetStatus: PackageVersionStatus

    /// Creates a request.
    public init(
        package: PackageCoordinates, versions: [String], versionRevisions: [String: String]? = nil,
        expectedStatus: PackageVersionStatus? = nil, targetStatus: PackageVersionStatus
    ) {
        self.package = package
        self.versions = versions
        self.versionRevisions = versionRevisions
        self.expectedStatus = expectedStatus
        self.targetStatus = targetStatus
    }
}
