/// A repository: region (when known), domain, owner (when known), name. The one shape the
/// engine plans over and the client sends; the client leaves `region` out of requests (it
/// chooses the endpoint instead).
public struct RepositoryCoordinates: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Region; nil offline or when the caller's default applies.
    public var region: String?
    /// Domain name.
    public var domain: String
    /// Domain owner; nil means the caller's own account (online) or "match by name" (offline).
    public var domainOwner: String?
    /// Repository name.
    public var repository: String

    /// Creates coordinates.
    public init(region: String? = nil, domain: String, domainOwner: String? = nil, repository: String) {
        self.region = region
        self.domain = domain
        self.domainOwner = domainOwner
        self.repository = repository
    }

    /// `domain/repository` (with owner and region when known), for the engine's messages.
    public var description: String {
        var text = "\(domain)/\(repository)"
        if let domainOwner { text += " (owner \(domainOwner))" }
        if let region { text += " in \(region)" }
        return text
    }

    /// The fields in sort order: region, domain, owner, repository.
    public var sortKey: [String] { [region ?? "", domain, domainOwner ?? "", repository] }

    /// Field by field in Unicode scalar order, as plans and reports sort.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        UnicodeOrder.less(lhs.sortKey, rhs.sortKey)
    }
}
