import CodeArtifactModel

/// One version of a ListPackageVersions answer.
public struct PackageVersionSummary: Sendable, Hashable, Codable {
    /// The version string.
    public var version: String
    /// The revision (changes whenever the version's assets or metadata change).
    public var revision: String?
    /// The status; nil for one this build does not know.
    public var status: PackageVersionStatus?
    /// The origin.
    public var origin: PackageVersionOrigin?

    /// Creates a summary.
    public init(
        version: String, revision: String? = nil, status: PackageVersionStatus?, origin: PackageVersionOrigin? = nil
    ) {
        self.version = version
        self.revision = revision
        self.status = status
        self.origin = origin
    }

    // MARK: - Decodable

    /// Decodes the wire shape; an unknown status decodes as nil.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decode(String.self, forKey: .version)
        revision = try container.decodeIfPresent(String.self, forKey: .revision)
        status = try container.decodeKnown(PackageVersionStatus.self, forKey: .status)
        origin = try container.decodeIfPresent(PackageVersionOrigin.self, forKey: .origin)
    }
}
