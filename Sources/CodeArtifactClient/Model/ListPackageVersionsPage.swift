/// One page of ListPackageVersions.
public struct ListPackageVersionsPage: Sendable, Hashable, Decodable {
    /// The versions on this page (possibly none, even when more pages follow).
    public var versions: [PackageVersionSummary]
    /// The token of the next page; `nil` on the last page.
    public var nextToken: String?
    /// The version a package manager shows by default (e.g. npm's `latest`), if the service says.
    public var defaultDisplayVersion: String?

    /// Creates a page.
    public init(versions: [PackageVersionSummary], nextToken: String? = nil, defaultDisplayVersion: String? = nil) {
        self.versions = versions
        self.nextToken = nextToken
        self.defaultDisplayVersion = defaultDisplayVersion
    }

    private enum CodingKeys: String, CodingKey {
        case versions, nextToken, defaultDisplayVersion
    }

    // MARK: - Decodable

    /// Decodes the wire shape; a missing `versions` is an empty page.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        versions = try container.decodeIfPresent([PackageVersionSummary].self, forKey: .versions) ?? []
        nextToken = try container.decodeIfPresent(String.self, forKey: .nextToken)
        defaultDisplayVersion = try container.decodeIfPresent(String.self, forKey: .defaultDisplayVersion)
    }
}
