import CodeArtifactModel

/// ListPackageVersions: the versions of one package. Without `status` it returns versions of
/// every status, Archived included.
public struct ListPackageVersionsRequest: Sendable, Hashable {
    /// The package.
    public var package: PackageCoordinates
    /// Only versions with this status.
    public var status: PackageVersionStatus?
    /// `PUBLISHED_TIME` sorts newest first.
    public var sortBy: PackageVersionSortType?
    /// Page size, 1...1000 (the service's default is 50).
    public var maxResults: Int?
    /// Where to continue; the sequence sets it, callers normally leave it `nil`.
    public var nextToken: String?
    /// Only versions of this origin.
    public var originType: PackageVersionOriginType?

    /// Creates a request.
    public init(
        package: PackageCoordinates, status: PackageVersionStatus? = nil, sortBy: PackageVersionSortType? = nil,
        maxResults: Int? = nil, nextToken: String? = nil, originType: PackageVersionOriginType? = nil
    ) {
        self.package = package
        self.status = status
        self.sortBy = sortBy
        self.maxResults = maxResults
        self.nextToken = nextToken
        self.originType = originType
    }

    /// The query in the model's member order.
    var queryItems: [(name: String, value: String)] {
        var items = package.queryItems
        if let status { items.append(("status", status.rawValue)) }
        if let sortBy { items.append(("sortBy", sortBy.rawValue)) }
        if let maxResults { items.append(("max-results", String(maxResults))) }
        if let nextToken { items.append(("next-token", nextToken)) }
        if let originType { items.append(("originType", originType.rawValue)) }
        return items
    }
}
