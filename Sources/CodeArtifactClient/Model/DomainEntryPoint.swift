/// Where a version first entered the domain: a repository, or an external connection.
public struct DomainEntryPoint: Sendable, Hashable, Codable {
    /// The repository it was published to, for internal versions.
    public var repositoryName: String?
    /// The external connection it came through, for external versions.
    public var externalConnectionName: String?

    /// Creates an entry point.
    public init(repositoryName: String? = nil, externalConnectionName: String? = nil) {
        self.repositoryName = repositoryName
        self.externalConnectionName = externalConnectionName
    }
}
