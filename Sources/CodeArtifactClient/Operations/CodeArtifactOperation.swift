/// The CodeArtifact operations prune calls.
public enum CodeArtifactOperation: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// `POST /v1/domain/repositories`.
    case listRepositoriesInDomain = "ListRepositoriesInDomain"
    /// `POST /v1/packages`.
    case listPackages = "ListPackages"
    /// `POST /v1/package/versions`.
    case listPackageVersions = "ListPackageVersions"
    /// `GET /v1/package/version`.
    case describePackageVersion = "DescribePackageVersion"
    /// `POST /v1/package/versions/delete`.
    case deletePackageVersions = "DeletePackageVersions"
    /// `POST /v1/package/versions/dispose`.
    case disposePackageVersions = "DisposePackageVersions"
    /// `POST /v1/package/versions/update_status`.
    case updatePackageVersionsStatus = "UpdatePackageVersionsStatus"
    /// `POST /v1/package/version/assets`.
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

    /// The HTTP method.
    var method: String { self == .describePackageVersion ? "GET" : "POST" }

    /// The request URI from the model.
    var path: String {
        switch self {
        case .listRepositoriesInDomain: return "/v1/domain/repositories"
        case .listPackages: return "/v1/packages"
        case .listPackageVersions: return "/v1/package/versions"
        case .describePackageVersion: return "/v1/package/version"
        case .deletePackageVersions: return "/v1/package/versions/delete"
        case .disposePackageVersions: return "/v1/package/versions/dispose"
        case .updatePackageVersionsStatus: return "/v1/package/versions/update_status"
        case .listPackageVersionAssets: return "/v1/package/version/assets"
        }
    }

    /// The API name, e.g. `DeletePackageVersions`.
    public var description: String { rawValue }
}
