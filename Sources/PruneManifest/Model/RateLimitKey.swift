/// A name under `settings.rateLimits`: one operation, or a class of them.
public enum RateLimitKey: String, Sendable, Hashable, CaseIterable, Comparable {
    case listPackages = "ListPackages"
    case listPackageVersions = "ListPackageVersions"
    case describePackageVersion = "DescribePackageVersion"
    case deletePackageVersions = "DeletePackageVersions"
    case disposePackageVersions = "DisposePackageVersions"
    case updatePackageVersionsStatus = "UpdatePackageVersionsStatus"
    /// The read that measures what a plan frees (`--sizes`).
    case listPackageVersionAssets = "ListPackageVersionAssets"
    /// All read operations together.
    case reads
    /// All write operations together.
    case writes

    /// AWS's default quota for this key (requests per second, per account and region).
    public var defaultRate: Double {
        switch self {
        case .listPackages, .listPackageVersions, .listPackageVersionAssets: return 200
        case .describePackageVersion: return 400
        case .reads: return 800
        case .deletePackageVersions, .disposePackageVersions, .updatePackageVersionsStatus, .writes: return 100
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
