import CodeArtifactModel

/// DeletePackageVersions: delete up to 100 versions of one package.
public struct DeletePackageVersionsRequest: Sendable, Hashable {
    /// The package.
    public var package: PackageCoordinates
    /// The versions, 1...100.
    public var versions: [String]
    /// Act only on versions that still have this status (optimistic concurrency).
    public var expectedStatus: PackageVersionStatus?

    /// Creates a request.
    public init(package: PackageCoordinates, versions: [String], expectedStatus: PackageVersionStatus? = nil) {
        self.package = package
        self.versions = versions
        self.expectedStatus = expectedStatus
    }
}
