import CodeArtifactClient
import CodeArtifactModel
import PruneEngine
import PruneManifest

// MARK: - DomainLister

extension ServiceSource: DomainLister {
    /// `ListRepositoriesInDomain` (every page), then one `ListPackages` listing per repository
    /// for the formats present; reads only, through the same pacer as planning.
    public func repositoryFormats(in domain: RepositoryCoordinates) async throws -> [RepositoryFormats] {
        let client = try client(domain.region)
        let names = try await repositoryNames(in: domain, prefix: nil)
        var layout: [RepositoryFormats] = []
        for name in names.sorted(by: { UnicodeOrder.less($0, $1) }) {
            let request = ListPackagesRequest(
                repository: RepositoryCoordinates(
                    region: domain.region, domain: domain.domain, domainOwner: domain.domainOwner, repository: name),
                maxResults: 1_000)
            var formats: Set<PackageFormat> = []
            for try await summary in client.listPackages(request) {
                if let format = summary.format {
                    formats.insert(format)
                }
            }
            layout.append(RepositoryFormats(repository: name, formats: formats))
        }
        return layout
    }
}
