/// A repository: domain, its owner account (optional), and the repository's name.
public struct RepositoryCoordinates: Sendable, Hashable, CustomStringConvertible {
    /// The domain's name.
    public var domain: String
    /// The 12-digit account that owns the domain; `nil` means the caller's account.
    public var domainOwner: String?
    /// The repository's name.
    public var repository: String

    /// Creates coordinates.
    public init(domain: String, domainOwner: String? = nil, repository: String) {
        self.domain = domain
        self.domainOwner = domainOwner
        self.repository = repository
    }

    /// `domain`, `domain-owner`, `repository` as the API binds them.
    var queryItems: [(name: String, value: String)] {
        var items: [(name: String, value: String)] = [("domain", domain)]
        if let domainOwner { items.append(("domain-owner", domainOwner)) }
        items.append(("repository", repository))
        return items
    }

    /// `repository R in domain D (owner O)`.
    public var description: String {
        "repository '\(repository)' in domain '\(domain)'" + (domainOwner.map { " (owner \($0))" } ?? "")
    }
}
