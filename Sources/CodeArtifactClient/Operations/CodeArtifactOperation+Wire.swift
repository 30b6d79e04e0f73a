import CodeArtifactModel

/// The wire of each operation: method and path from the API model.
extension CodeArtifactOperation {
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
}
