import CodeArtifactClient
import CodeArtifactModel
import Foundation
import Inventory
import PruneEngine

/// `prune inventory`: one repository's state as an inventory file, publish times included
/// (one DescribePackageVersion per version, run concurrently under the rate limits).
public struct InventoryExporter: Sendable {
    let session: AWSSession
    let pacer: (any RequestPacer)?
    let concurrency: Int
    let sizes: Bool

    /// Exports through `session`, paced by `pacer`, with at most `concurrency` calls in flight;
    /// with `sizes`, each version's assets too (one ListPackageVersionAssets per version).
    public init(session: AWSSession, pacer: (any RequestPacer)?, concurrency: Int, sizes: Bool = false) {
        self.session = session
        self.pacer = pacer
        self.concurrency = max(1, concurrency)
        self.sizes = sizes
    }

    /// The repository's packages (of `format`, in `namespace` exactly, when given) and all their versions.
    public func export(
        domain: String, domainOwner: String?, repository: String, region: String?, format: String?, namespace: String?
    ) async throws -> Inventory {
        let client = try session.codeArtifact(region: region, pacer: pacer)
        let repositoryCoordinates = RepositoryCoordinates(
            region: region, domain: domain, domainOwner: domainOwner, repository: repository)
        var packages: [(summary: PackageSummary, format: PackageFormat)] = []
        let request = ListPackagesRequest(
            repository: repositoryCoordinates, format: format.flatMap(PackageFormat.init(rawValue:)),
            namespace: namespace, maxResults: 1_000)
        for try await summary in client.listPackages(request) where namespace == nil || summary.namespace == namespace {
            // A format this build does not know cannot be listed further: it is left out.
            if let format = summary.format { packages.append((summary, format)) }
        }

        // Versions per package, then every describe, bounded.
        var listed: [(PackageSummary, PackageFormat, [PackageVersionSummary])] = []
        for (summary, format) in packages {
            let coordinates = PackageCoordinates(
                in: repositoryCoordinates, format: format, namespace: summary.namespace, package: summary.package)
            var versions: [PackageVersionSummary] = []
            for try await version in client.listPackageVersions(
                ListPackageVersionsRequest(package: coordinates, sortBy: .publishedTime, maxResults: 1_000))
            {
                versions.append(version)
            }
            listed.append((summary, format, versions))
        }
        let jobs = listed.enumerated().flatMap { package in package.element.2.indices.map { (package.offset, $0) } }
        var times: [Int: [Int: Date]] = [:]
        var assets: [Int: [Int: [Inventory.Asset]]] = [:]
        let sizes = self.sizes
        let snapshot = listed
        try await FanOut.run(over: jobs, limit: concurrency) { packageIndex, versionIndex in
            let (summary, format, versions) = snapshot[packageIndex]
            let version = versions[versionIndex].version
            let package = PackageCoordinates(
                in: repositoryCoordinates, format: format, namespace: summary.namespace, package: summary.package)
            let description = try await client.describePackageVersion(
                DescribePackageVersionRequest(package: package, version: version))
            guard sizes else { return (packageIndex, versionIndex, description.publishedTime, nil) }
            var files: [Inventory.Asset] = []
            for try await asset in client.listPackageVersionAssets(
                ListPackageVersionAssetsRequest(package: package, version: version, maxResults: 1_000))
            {
                files.append(Inventory.Asset(name: asset.name, size: asset.size ?? 0))
            }
            return (packageIndex, versionIndex, description.publishedTime, files)
        } collect: { (packageIndex: Int, versionIndex: Int, time: Date?, files: [Inventory.Asset]?) in
            if let time { times[packageIndex, default: [:]][versionIndex] = time }
            if let files { assets[packageIndex, default: [:]][versionIndex] = files }
        }

        var inventoryPackages: [Inventory.Package] = []
        for (packageIndex, (summary, format, versions)) in listed.enumerated() {
            let records = versions.enumerated().compactMap { versionIndex, version -> Inventory.Version? in
                guard let status = version.status, status != .deleted else {
                    return nil
                }
                return Inventory.Version(
                    version: version.version, status: status, revision: version.revision,
                    publishedTime: times[packageIndex]?[versionIndex],
                    origin: version.origin?.originType ?? .unknown,
                    assets: assets[packageIndex]?[versionIndex])
            }
            inventoryPackages.append(
                Inventory.Package(
                    format: format, namespace: summary.namespace, name: summary.package, versions: records))
        }
        return Inventory(domains: [
            Inventory.Domain(
                name: domain, owner: domainOwner,
                repositories: [Inventory.Repository(name: repository, packages: inventoryPackages)])
        ]).sorted()
    }
}
