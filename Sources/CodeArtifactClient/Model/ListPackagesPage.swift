/// One page of ListPackages.
public struct ListPackagesPage: Sendable, Hashable, Decodable {
    /// The packages on this page (possibly none, even when more pages follow).
    public var packages: [PackageSummary]
    /// The token of the next page; `nil` on the last page.
    public var nextToken: String?

    /// Creates a page.
    public init(packages: [PackageSummary], nextToken: String? = nil) {
        self.packages = packages
        self.nextToken = nextToken
    }

    private enum CodingKeys: String, CodingKey {
        case packages, nextToken
    }

    // MARK: - Decodable

    /// Decodes the wire shape; a missing `packages` is an empty page.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        packages = try container.decodeIfPresent([PackageSummary].self, forKey: .packages) ?? []
        nextToken = try container.decodeIfPresent(String.self, forKey: .nextToken)
    }
}
