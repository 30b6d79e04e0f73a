import CodeArtifactModel

/// ListPackages: the packages of a repository, optionally filtered.
public struct ListPackagesRequest: Sendable, Hashable {
    /// The repository to list.
    public var repository: RepositoryCoordinates
    /// Only packages of this format.
    public var format: PackageFormat?
    /// Only packages whose namespace starts with this (the API needs `format` with it).
    public var namespace: String?
    /// Only packages whose name starts with this.
    public var packagePrefix: String?
    /// Page size, 1...1000 (the service's default is 100).
    public var maxResults: Int?
    /// Where to continue; the sequence sets it, callers normally leave it `nil`.
    public var nextToken: String?

    /// Creates a request.
    public init(
        repository: RepositoryCoordinates, format: PackageFormat? = nil, namespace: String? = nil,
        packagePrefix: String? = nil, maxResults: Int? = nil, nextToken: String? = nil
    ) {
        self.repository = repository
        self.format = format
        self.namespace = namespace
        self.packagePrefix = packagePrefix
        self.maxResults = maxResults
        self.nextToken = nextToken
    }

    /// The query in the model's member order.
    var queryItems: [(name: String, value: String)] {
        var items = repository.queryItems
        if let format { items.append(("format", format.rawValue)) }
        if let namespace { items.append(("namespace", namespace)) }
        if let packagePrefix { items.append(("package-prefix", packagePrefix)) }
        if let maxResults { items.append(("max-results", String(maxResults))) }
        if let nextToken { items.append(("next-token", nextToken)) }
        return items
    }
}
