/// One page of ListPackageVersionAssets.
public struct ListPackageVersionAssetsPage: Sendable, Hashable, Decodable {
    /// The assets on this page.
    public var assets: [AssetSummary]
    /// The token of the next page; `nil` on the last page.
    public var nextToken: String?
    /// The version's revision, when the service says.
    public var versionRevision: String?

    /// Creates a page.
    public init(assets: [AssetSummary], nextToken: String? = nil, versionRevision: String? = nil) {
        self.assets = assets
        self.nextToken = nextToken
        self.versionRevision = versionRevision
    }

    private enum CodingKeys: String, CodingKey {
        case assets, nextToken, versionRevision
    }

    // MARK: - Decodable

    /// Decodes the wire shape; a missing `assets` is an empty page.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        assets = try container.decodeIfPresent([AssetSummary].self, forKey: .assets) ?? []
        nextToken = try container.decodeIfPresent(String.self, forKey: .nextToken)
        versionRevision = try container.decodeIfPresent(String.self, forKey: .versionRevision)
    }
}
