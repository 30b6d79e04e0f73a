import CodeArtifactModel

/// A name under `settings.rateLimits`: one operation, or a class of them.
///
/// The operations come from `CodeArtifactOperation`, so a new operation needs no second list
/// here; ListRepositoriesInDomain has no quota row of its own (it counts under `reads`).
public enum RateLimitKey: Sendable, Hashable, CaseIterable, Comparable, RawRepresentable {
    /// One operation's own budget.
    case operation(CodeArtifactOperation)
    /// All read operations together.
    case reads
    /// All write operations together.
    case writes

    /// The keys a manifest may set, operations first, in the API model's order.
    public static let allCases: [RateLimitKey] =
        CodeArtifactOperation.allCases.filter { $0 != .listRepositoriesInDomain }.map(RateLimitKey.operation)
        + [.reads, .writes]

    /// The name a manifest uses: the operation's API name, `reads` or `writes`.
    public var rawValue: String {
        switch self {
        case .operation(let operation): return operation.rawValue
        case .reads: return "reads"
        case .writes: return "writes"
        }
    }

    /// The key a manifest names, or nil for a name that is not one.
    public init?(rawValue: String) {
        guard let key = Self.allCases.first(where: { $0.rawValue == rawValue }) else { return nil }
        self = key
    }

    /// The key whose budget `operation` draws on.
    public init(_ operation: CodeArtifactOperation) {
        self = operation == .listRepositoriesInDomain ? .reads : .operation(operation)
    }

    /// AWS's default quota for this key (requests per second, per account and region).
    public var defaultRate: Double {
        switch self {
        case .operation(let operation):
            switch operation {
            case .listRepositoriesInDomain, .listPackages, .listPackageVersions, .listPackageVersionAssets: return 200
            case .describePackageVersion: return 400
            case .deletePackageVersions, .disposePackageVersions, .updatePackageVersionsStatus: return 100
            }
        case .reads: return 800
        case .writes: return 100
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
