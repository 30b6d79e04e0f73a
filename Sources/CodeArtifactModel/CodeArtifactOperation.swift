/// The CodeArtifact operations prune calls, by their API names, with their quota class.
///
/// The client adds the wire (method, path); the engine keys its rate limiters on it. The
/// emulator keeps its own list on purpose: it checks the client and must share no wire code
/// with it.
public enum CodeArtifactOperation: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case listRepositoriesInDomain = "ListRepositoriesInDomain"
    case listPackages = "ListPackages"
    case listPackageVersions = "ListPackageVersions"
    case describePackageVersion = "DescribePackageVersion"
    case deletePackageVersions = "DeletePackageVersions"
    case disposePackageVersions = "DisposePackageVersions"
    case updatePackageVersionsStatus = "UpdatePackageVersionsStatus"
    case listPackageVersionAssets = "ListPackageVersionAssets"

    /// Whether the operation changes state (the quota's "writes").
    public var isWrite: Bool {
        switch self {
        case .listRepositoriesInDomain, .listPackages, .listPackageVersions, .describePackageVersion,
            .listPackageVersionAssets:
            return false
        case .deletePackageVersions, .disposePackageVersions, .updatePackageVersionsStatus: return true
        }
    }

    /// The API name, e.g. `DeletePackageVersions`.
    public var description: String { rawValue }
}
