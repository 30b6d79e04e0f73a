import CodeArtifactModel

/// DisposePackageVersions: delete the assets of up to 100 versions, keeping their records as Disposed.
public struct DisposePackageVersionsRequest: Sendable, Hashable {
    /// The package.
    public var package: PackageCoordinates
    /// The versions, 1...100.
    public var versions: [String]
    /// Act only on versions still at these revisions.
    public var versionRevisions: [String: String]?
    /// Act only on versions that still have this status.
    public var expectedStatus: PackageVersionStatus?

    /// Creates a request.
    public init(
        package: PackageCoordinates, versions: [String], versionRevisions: [String: String]? = nil,
        expectedStatus: PackageVersionStatus? = nil
    ) {
        self.package = package
        self.versions = versions
        self.versionRevisions = versionRevisions
        self.expectedStatus = expectedStatus
    }
}
