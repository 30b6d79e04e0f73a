import CodeArtifactModel

extension RepositoryCoordinates {
    /// `domain`, `domain-owner`, `repository` as the API binds them; `region` is not sent (the
    /// client's endpoint is the region).
    var queryItems: [(name: String, value: String)] {
        var items: [(name: String, value: String)] = [("domain", domain)]
        if let domainOwner { items.append(("domain-owner", domainOwner)) }
        items.append(("repository", repository))
        return items
    }

    /// `repository 'R' in domain 'D' (owner O)`: how the client's errors name what a call was
    /// about, in the service's words rather than the engine's `domain/repository`.
    public var resourceDescription: String {
        "repository '\(repository)' in domain '\(domain)'" + (domainOwner.map { " (owner \($0))" } ?? "")
    }
}
