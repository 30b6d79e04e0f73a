import CodeArtifactModel

/// A version a write acted on (`successfulVersions`).
public struct SuccessfulPackageVersionInfo: Sendable, Hashable, Codable {
    /// The version's revision after the write.
    public var revision: String?
    /// The version's status after the write.
    public var status: PackageVersionStatus?

    /// Creates an entry.
    public init(revision: String? = nil, status: PackageVersionStatus? = nil) {
        self.revision = revision
        self.status = status
    }

    // MARK: - Decodable

    /// Decodes the wire shape; an unknown status decodes as nil.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        revision = try container.decodeIfPresent(String.self, forKey: .revision)
        status = try container.decodeKnown(PackageVersionStatus.self, forKey: .status)
    }
}
