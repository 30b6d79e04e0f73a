/// ListRepositoriesInDomain: the repositories of a domain, optionally filtered.
public struct ListRepositoriesInDomainRequest: Sendable, Hashable {
    /// The domain's name.
    public var domain: String
    /// The 12-digit account that owns the domain; `nil` means the caller's account.
    public var domainOwner: String?
    /// Only repositories whose name starts with this.
    public var repositoryPrefix: String?
    /// Only repositories administered by this account.
    public var administratorAccount: String?
    /// Page size, 1...1000 (the service's default is 100).
    public var maxResults: Int?
    /// Where to continue; the sequence sets it, callers normally leave it `nil`.
    public var nextToken: String?

    /// Creates a request.
    public init(
        domain: String, domainOwner: String? = nil, repositoryPrefix: String? = nil,
        administratorAccount: String? = nil, maxResults: Int? = nil, nextToken: String? = nil
    ) {
        self.domain = domain
        self.domainOwner = domainOwner
        self.repositoryPrefix = repositoryPrefix
        self.administratorAccount = administratorAccount
        self.maxResults = maxResults
        self.nextToken = nextToken
    }

    /// The query in the model's member order.
    var queryItems: [(name: String, value: String)] {
        var items: [(name: String, value: String)] = [("domain", domain)]
        if let domainOwner { items.append(("domain-owner", domainOwner)) }
        if let administratorAccount { items.append(("administrator-account", administratorAccount)) }
        if let repositoryPrefix { items.append(("repository-prefix", repositoryPrefix)) }
        if let maxResults { items.append(("max-results", String(maxResults))) }
        if let nextToken { items.append(("next-token", nextToken)) }
        return items
    }

    /// `domain 'D' (owner O)`, for errors.
    var domainDescription: String {
        "domain '\(domain)'" + (domainOwner.map { " (owner \($0))" } ?? "")
    }
}
