/// Where a package lives: region (when known), domain, owner, repository, format,
/// namespace and name. Flat, because plans, reports and the engine's maps key on it; the
/// client sends the same value (without `region`). Sorted by each field in Unicode scalar
/// order, as plans and reports are.
public struct PackageCoordinates: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Region, or nil when planning from an inventory file without one.
    public var region: String?
    /// Domain name.
    public var domain: String
    /// Domain owner account, when known.
    public var domainOwner: String?
    /// Repository name.
    public var repository: String
    /// Package format.
    public var format: PackageFormat
    /// Namespace (Maven groupId, npm scope without `@`, ...); nil for formats without one and
    /// for unscoped npm packages.
    public var namespace: String?
    /// Package name.
    public var package: String

    /// Creates coordinates.
    public init(
        region: String? = nil, domain: String, domainOwner: String? = nil, repository: String,
        format: PackageFormat, namespace: String? = nil, package: String
    ) {
        self.region = region
        self.domain = domain
        self.domainOwner = domainOwner
        self.repository = repository
        self.format = format
        self.namespace = namespace
        self.package = package
    }

    /// The package `package` of `format` in `repository`.
    public init(
        in repository: RepositoryCoordinates, format: PackageFormat, namespace: String? = nil, package: String
    ) {
        self.init(
            region: repository.region, domain: repository.domain, domainOwner: repository.domainOwner,
            repository: repository.repository, format: format, namespace: namespace, package: package)
    }

    /// The repository holding the package.
    public var repositoryCoordinates: RepositoryCoordinates {
        RepositoryCoordinates(region: region, domain: domain, domainOwner: domainOwner, repository: repository)
    }

    /// `NAMESPACE/NAME` or `NAME`, as users name packages on the command line.
    public var displayName: String { namespace.map { "\($0)/\(package)" } ?? package }

    /// `domain/repository/format/namespace/package`, for the engine's messages.
    public var description: String { "\(domain)/\(repository)/\(format.rawValue)/\(displayName)" }

    /// The fields in sort order, the namespace's absence as "".
    public var sortKey: [String] {
        [region ?? "", domain, domainOwner ?? "", repository, format.rawValue, namespace ?? "", package]
    }

    /// Field by field in Unicode scalar order, as plans and reports sort.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        UnicodeOrder.less(lhs.sortKey, rhs.sortKey)
    }
}
