import CodeArtifactModel

/// Where `prune init` learns a domain's layout: the service (`ListRepositoriesInDomain`, then
/// `ListPackages` per repository) or an inventory file.
public protocol DomainLister: Sendable {
    /// The domain's repositories (by name, Unicode scalar order) with the formats in each;
    /// `domain.repository` is ignored. Throws `PlanningError` when the domain does not exist.
    func repositoryFormats(in domain: RepositoryCoordinates) async throws -> [RepositoryFormats]
}
