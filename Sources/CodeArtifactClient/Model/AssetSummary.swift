/// One asset (file) of a package version, as ListPackageVersionAssets lists it.
public struct AssetSummary: Sendable, Hashable, Decodable {
    /// The file name.
    public var name: String
    /// The size in bytes; `nil` if the service left it out.
    public var size: Int64?
    /// Digests by algorithm (`SHA-256`, `SHA-1`, `MD5`...).
    public var hashes: [String: String]

    /// Creates an asset.
    public init(name: String, size: Int64?, hashes: [String: String] = [:]) {
        self.name = name
        self.size = size
        self.hashes = hashes
    }

    private enum CodingKeys: String, CodingKey {
        case name, size, hashes
    }

    // MARK: - Decodable

    /// Decodes the wire shape; missing `hashes` are none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        size = try container.decodeIfPresent(Int64.self, forKey: .size)
        hashes = try container.decodeIfPresent([String: String].self, forKey: .hashes) ?? [:]
    }
}
