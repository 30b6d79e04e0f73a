import CodeArtifactModel

/// A version's origin.
public struct PackageVersionOrigin: Sendable, Hashable, Codable {
    /// Where it entered the domain.
    public var domainEntryPoint: DomainEntryPoint?
    /// `INTERNAL`, `EXTERNAL` or `UNKNOWN`.
    public var originType: PackageVersionOriginType?

    /// Creates an origin.
    public init(domainEntryPoint: DomainEntryPoint? = nil, originType: PackageVersionOriginType? = nil) {
        self.domainEntryPoint = domainEntryPoint
        self.originType = originType
    }

    // MARK: - Decodable

    /// Decodes the wire shape; an unknown origin type decodes as nil.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        domainEntryPoint = try container.decodeIfPresent(DomainEntryPoint.self, forKey: .domainEntryPoint)
        originType = try container.decodeKnown(PackageVersionOriginType.self, forKey: .originType)
    }
}
