import CodeArtifactModel
import Inventory
import PruneManifest

// MARK: - DomainLister

extension InventorySource: DomainLister {
    /// The names of the inventory's domains, for `prune init` without `--domain`.
    public var domainNames: [String] { inventory.domains.map(\.name) }

    /// The inventory's repositories of the domain and the formats of their packages; a
    /// repository without packages is listed with no format.
    public func repositoryFormats(in domain: RepositoryCoordinates) async throws -> [RepositoryFormats] {
        try self.domain(domain).repositories
            .map { repository in
                RepositoryFormats(
                    repository: repository.name,
                    formats: repository.packages.map(\.format))
            }
            .sorted { UnicodeOrder.less($0.repository, $1.repository) }
    }
}
