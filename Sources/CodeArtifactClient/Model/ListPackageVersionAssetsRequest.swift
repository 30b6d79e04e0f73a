import CodeArtifactModel

/// ListPackageVersionAssets: the files of one version, with their sizes.
public struct ListPackageVersionAssetsRequest: Sendable, Hashable {
    /// The package.
    public var package: PackageCoordinates
    /// The version (`packageVersion` in the model, `version` on the wire).
    public var version: String
    /// Page size, 1...1000.
    public var maxResults: Int?
    /// Where to continue; the sequence sets it, callers normally leave it `nil`.
    public var nextToken: String?

    /// Creates a request.
    public init(package: PackageCoordinates, version: String, maxResults: Int? = nil, nextToken: String? = nil) {
        self.package = package
        self.version = version
        self.maxResults = maxResults
        self.nextToken = nextToken
    }

    /// The package's items, then `version` and the paging members.
    var queryItems: [(name: String, value: String)] {
        var items = package.queryItems + [("version", version)]
        if let maxResults { items.append(("max-results", String(maxResults))) }
        if let nextToken { items.append(("next-token", nextToken)) }
        return items
    }
}
