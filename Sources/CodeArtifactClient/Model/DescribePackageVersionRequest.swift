import CodeArtifactModel

/// DescribePackageVersion: one version's details.
public struct DescribePackageVersionRequest: Sendable, Hashable {
    /// The package.
    public var package: PackageCoordinates
    /// The version (`packageVersion` in the model, `version` on the wire).
    public var version: String

    /// Creates a request.
    public init(package: PackageCoordinates, version: String) {
        self.package = package
        self.version = version
    }

    /// The package's items, then `version`.
    var queryItems: [(name: String, value: String)] {
        package.queryItems + [("version", version)]
    }
}
