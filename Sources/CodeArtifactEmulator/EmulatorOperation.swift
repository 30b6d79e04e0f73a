/// The CodeArtifact operations the emulator serves.
///
/// Deliberately not `CodeArtifactModel.CodeArtifactOperation`: the emulator checks the client,
/// so it shares no wire code with it (method, path and routing are written here again from the
/// API model). Formats, statuses and name rules it does share: vocabulary, not wire.
public enum EmulatorOperation: String, Sendable, Hashable, CaseIterable, Codable, CustomStringConvertible {
    /// `POST /v1/packages`
    case listPackages = "ListPackages"
    /// `POST /v1/package/versions`
    case listPackageVersions = "ListPackageVersions"
    /// `GET /v1/package/version`
    case describePackageVersion = "DescribePackageVersion"
    /// `POST /v1/package/versions/delete`
    case deletePackageVersions = "DeletePackageVersions"
    /// `POST /v1/package/versions/dispose`
    case disposePackageVersions = "DisposePackageVersions"
    /// `POST /v1/package/versions/update_status`
    case updatePackageVersionsStatus = "UpdatePackageVersionsStatus"
    /// `POST /v1/domain/repositories` (last: the fault injector seeds each operation's stream
    /// by its position, so seeded fault runs stay as they were)
    case listRepositoriesInDomain = "ListRepositoriesInDomain"
    /// `POST /v1/package/version/assets`
    case listPackageVersionAssets = "ListPackageVersionAssets"

    /// Whether the operation changes state (and counts against the `writes` quota class).
    public var isWrite: Bool {
        switch self {
        case .listRepositoriesInDomain, .listPackages, .listPackageVersions, .describePackageVersion,
            .listPackageVersionAssets:
            return false
        case .deletePackageVersions, .disposePackageVersions, .updatePackageVersionsStatus: return true
        }
    }

    /// The HTTP method and path the model binds the operation to.
    public var httpBinding: (method: String, path: String) {
        switch self {
        case .listRepositoriesInDomain: return ("POST", "/v1/domain/repositories")
        case .listPackages: return ("POST", "/v1/packages")
        case .listPackageVersions: return ("POST", "/v1/package/versions")
        case .describePackageVersion: return ("GET", "/v1/package/version")
        case .deletePackageVersions: return ("POST", "/v1/package/versions/delete")
        case .disposePackageVersions: return ("POST", "/v1/package/versions/dispose")
        case .updatePackageVersionsStatus: return ("POST", "/v1/package/versions/update_status")
        case .listPackageVersionAssets: return ("POST", "/v1/package/version/assets")
        }
    }

    /// The operation's name, e.g. `ListPackages`.
    public var description: String { rawValue }

    /// The operation bound to `method` and `path`, if any.
    static func route(method: String, path: String) -> EmulatorOperation? {
        switch (method, path) {
        case ("POST", "/v1/domain/repositories"): return .listRepositoriesInDomain
        case ("POST", "/v1/packages"): return .listPackages
        case ("POST", "/v1/package/versions"): return .listPackageVersions
        case ("GET", "/v1/package/version"): return .describePackageVersion
        case ("POST", "/v1/package/versions/delete"): return .deletePackageVersions
        case ("POST", "/v1/package/versions/dispose"): return .disposePackageVersions
        case ("POST", "/v1/package/versions/update_status"): return .updatePackageVersionsStatus
        case ("POST", "/v1/package/version/assets"): return .listPackageVersionAssets
        default: return nil
        }
    }

    /// Case-insensitive lookup by name (`ListPackages`, `listpackages`).
    static func named(_ name: String) -> EmulatorOperation? {
        allCases.first { $0.rawValue.lowercased() == name.lowercased() }
    }
}
