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
}
