import CodeArtifactModel
import Foundation
import Inventory
import PruneManifest

/// Repository state from an inventory file (`prune plan --inventory`): no network, and the
/// same decisions as against the service for the same state.
public struct InventorySource: RepositorySource {
    let inventory: Inventory
    /// Where each package is (domain, repository and package positions), by its identity: the
    /// planner asks for every package of a large inventory, and a scan per package was quadratic.
    private let positions: [PackageKey: (domain: Int, repository: Int, package: Int)]

    private struct PackageKey: Hashable {
        var domain: String
        var owner: String?
        var repository: String
        var format: PackageFormat
        var namespace: String?
        var name: String
    }

    /// Wraps a loaded inventory.
    public init(_ inventory: Inventory) {
        self.inventory = inventory
        var positions: [PackageKey: (domain: Int, repository: Int, package: Int)] = [:]
        for (d, domain) in inventory.domains.enumerated() {
            for (r, repository) in domain.repositories.enumerated() {
                for (p, package) in repository.packages.enumerated() {
                    let key = PackageKey(
                        domain: domain.name, owner: domain.owner, repository: repository.name,
                        format: package.format, namespace: package.namespace, name: package.name)
                    positions[key] = (d, r, p)
                }
            }
        }
        self.positions = positions
    }

    /// Loads an inventory file; throws `InventoryError` (with the JSON path) when it is invalid.
    public init(contentsOf path: String) throws {
        self.init(try Inventory(contentsOf: URL(fileURLWithPath: path)))
    }

    /// The domain a reference names: by owner when the plan gives one, else by name (two
    /// domains of one name is an error: set `domainOwner`).
    func domain(_ reference: RepositoryCoordinates) throws -> Inventory.Domain {
        let named = inventory.domains.filter { $0.name == reference.domain }
        if let owner = reference.domainOwner {
            guard let domain = named.first(where: { $0.owner == nil || $0.owner == owner }) else {
                throw PlanningError.domainNotFound(reference, detail: " in the inventory")
            }
            return domain
        }
        guard let domain = named.first else {
            throw PlanningError.domainNotFound(reference, detail: " in the inventory")
        }
        if named.count > 1 {
            throw PlanningError.ambiguousDomain(reference.domain, owners: named.map { $0.owner ?? "?" })
        }
        return domain
    }

    func repository(_ reference: RepositoryCoordinates) throws -> (Inventory.Domain, Inventory.Repository) {
        let domain = try domain(reference)
        guard let repository = domain.repositories.first(where: { $0.name == reference.repository }) else {
            throw PlanningError.repositoryNotFound(reference, detail: " in the inventory")
        }
        return (domain, repository)
    }

    public func listPackages(
        in reference: RepositoryCoordinates, format: PackageFormat, namespacePrefix: String?, packagePrefix: String?
    ) async throws -> [PackageCoordinates] {
        let (domain, repository) = try repository(reference)
        return repository.packages.filter { package in
            package.format == format
                && (namespacePrefix.map { (package.namespace ?? "").hasPrefix($0) } ?? true)
                && (packagePrefix.map { package.name.hasPrefix($0) } ?? true)
        }.map { package in
            PackageCoordinates(
                region: reference.region, domain: domain.name, domainOwner: domain.owner ?? reference.domainOwner,
                repository: repository.name, format: format, namespace: package.namespace, package: package.name)
        }
    }

    /// The inventory's repositories of the domain: an offline plan resolves repository
    /// patterns against what the inventory holds, as an online one does against the service.
    public func repositoryNames(in reference: RepositoryCoordinates, prefix: String?) async throws -> [String] {
        try domain(reference).repositories.map(\.name).filter { name in
            prefix.map { name.unicodeScalars.starts(with: $0.unicodeScalars) } ?? true
        }
    }

    /// The inventory's package at `coordinates`; nil when its repository has no such package.
    func package(_ coordinates: PackageCoordinates) throws -> Inventory.Package? {
        let (domain, repository) = try repository(coordinates.repositoryCoordinates)
        let key = PackageKey(
            domain: domain.name, owner: domain.owner, repository: repository.name, format: coordinates.format,
            namespace: coordinates.namespace, name: coordinates.package)
        guard let position = positions[key] else { return nil }
        return inventory.domains[position.domain].repositories[position.repository].packages[position.package]
    }

    public func versions(of coordinates: PackageCoordinates, cutoffs: AgeCutoffs) async throws -> PackageVersions {
        let package = try package(coordinates)
        let records = (package?.versions ?? []).map { version in
            VersionRecord(
                version: version.version, status: version.status, revision: version.revision,
                publishedTime: version.publishedTime, origin: version.origin)
        }
        return PackageVersions(coordinates: coordinates, versions: records)
    }

    /// The sum of the version's recorded assets; nil when the inventory records none for it.
    public func size(of coordinates: PackageCoordinates, version: String) async throws -> Int64? {
        try package(coordinates)?.versions.first { $0.version == version }?.size
    }
}
