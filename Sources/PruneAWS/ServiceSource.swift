import CodeArtifactClient
import CodeArtifactModel
import Foundation
import PruneEngine
import PruneManifest

/// Repository state from CodeArtifact: packages listed with server-side prefix filters,
/// versions listed newest first (`sortBy=PUBLISHED_TIME`), and publish times described only
/// where an age rule needs them, by a binary search per age boundary.
public struct ServiceSource: RepositorySource {
    let session: AWSSession
    let pacer: (any RequestPacer)?
    /// `max-results` of ListRepositoriesInDomain (the service allows 1 to 1,000); tests set it
    /// small to prove that every page is read.
    let repositoryPageSize: Int

    /// Reads through `session`, paced by `pacer`.
    public init(session: AWSSession, pacer: (any RequestPacer)?, repositoryPageSize: Int = 1_000) {
        self.session = session
        self.pacer = pacer
        self.repositoryPageSize = repositoryPageSize
    }

    func client(_ region: String?) throws -> CodeArtifactService {
        try session.codeArtifact(region: region, pacer: pacer)
    }

    public func listPackages(
        in reference: RepositoryCoordinates, format: PackageFormat, namespacePrefix: String?,
        packagePrefix: String?
    ) async throws -> [PackageCoordinates] {
        let request = ListPackagesRequest(
            repository: reference, format: format, namespace: namespacePrefix, packagePrefix: packagePrefix,
            maxResults: 1_000)
        var packages: [PackageCoordinates] = []
        do {
            for try await summary in try client(reference.region).listPackages(request)
            where summary.format == format {
                packages.append(
                    PackageCoordinates(
                        in: reference, format: format, namespace: summary.namespace, package: summary.package))
            }
        } catch let error as CodeArtifactError where error.kind == .resourceNotFound {
            throw error.resourceType == "domain"
                ? PlanningError.domainNotFound(reference, serviceMessage: error.message)
                : PlanningError.repositoryNotFound(reference, serviceMessage: error.message)
        }
        return packages
    }

    /// ListRepositoriesInDomain to the last page, `prefix` as `repository-prefix`; a read,
    /// paced and counted like the others.
    public func repositoryNames(in domain: RepositoryCoordinates, prefix: String?) async throws -> [String] {
        let request = ListRepositoriesInDomainRequest(
            domain: domain.domain, domainOwner: domain.domainOwner, repositoryPrefix: prefix,
            maxResults: repositoryPageSize)
        var names: [String] = []
        do {
            for try await repository in try client(domain.region).listRepositoriesInDomain(request) {
                names.append(repository.name)
            }
        } catch let error as CodeArtifactError where error.kind == .resourceNotFound {
            throw PlanningError.domainNotFound(domain, serviceMessage: error.message)
        }
        return names
    }

    public func versions(of package: PackageCoordinates, cutoffs: AgeCutoffs) async throws -> PackageVersions {
        let client = try client(package.region)
        var records: [VersionRecord] = []
        for try await summary in client.listPackageVersions(
            ListPackageVersionsRequest(package: package, sortBy: .publishedTime, maxResults: 1_000))
        {
            // A status this build does not know is not one a plan can select.
            guard let status = summary.status else { continue }
            records.append(
                VersionRecord(
                    version: summary.version, status: status, revision: summary.revision, publishedTime: nil,
                    origin: summary.origin?.originType ?? .unknown))
        }
        let found = try await AgeBoundarySearch.search(count: records.count, cutoffs: cutoffs) { index in
            try await client.describePackageVersion(
                DescribePackageVersionRequest(package: package, version: records[index].version)
            ).publishedTime
        }
        for (index, time) in found.times { records[index].publishedTime = time }
        return PackageVersions(
            coordinates: package, versionsNewestFirst: records, boundaries: found.boundaries, notes: found.notes)
    }

    /// ListPackageVersionAssets to the last page, summed; nil when the version is gone or an
    /// asset's size is missing.
    public func size(of package: PackageCoordinates, version: String) async throws -> Int64? {
        var total: Int64 = 0
        do {
            for try await asset in try client(package.region).listPackageVersionAssets(
                ListPackageVersionAssetsRequest(package: package, version: version, maxResults: 1_000))
            {
                guard let size = asset.size else { return nil }
                total += size
            }
        } catch let error as CodeArtifactError where error.kind == .resourceNotFound {
            return nil
        }
        return total
    }
}
