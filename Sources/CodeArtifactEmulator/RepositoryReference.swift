/// The repository a request names: `domain`, `domain-owner` (if given) and `repository`.
struct RepositoryReference: Sendable, Hashable {
    var domain: String
    var domainOwner: String?
    var repository: String
}
