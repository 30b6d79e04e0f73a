/// One page of ListRepositoriesInDomain.
public struct ListRepositoriesInDomainPage: Sendable, Hashable, Decodable {
    /// The repositories on this page (possibly none, even when more pages follow).
    public var repositories: [RepositorySummary]
    /// The token of the next page; `nil` on the last page.
    public var nextToken: String?

    /// Creates a page.
    public init(repositories: [RepositorySummary], nextToken: String? = nil) {
        self.repositories = repositories
        self.nextToken = nextToken
    }

    private enum CodingKeys: String, CodingKey {
        case repositories, nextToken
    }

    // MARK: - Decodable

    /// Decodes the wire shape; a missing `repositories` is an empty page.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        repositories = try container.decodeIfPresent([RepositorySummary].self, forKey: .repositories) ?? []
        nextToken = try container.decodeIfPresent(String.self, forKey: .nextToken)
    }
}
