import CodeArtifactModel
import Foundation
import PruneManifest

/// Where the planner reads repository state: the service (through the client) or an
/// inventory file. Both give the same answers for the same state, so a preview offline
/// and a run online decide alike.
public protocol RepositorySource: Sendable {
    /// Packages of `format` in the repository; `namespacePrefix` and `packagePrefix` are
    /// server-side prefix filters (the planner still filters exactly). Throws
    /// `PlanningError` when the domain or repository does not exist.
    func listPackages(
        in repository: RepositoryCoordinates, format: PackageFormat, namespacePrefix: String?, packagePrefix: String?
    )
        async throws -> [PackageCoordinates]

    /// The names of the domain's repositories that start with `prefix` (every one when nil),
    /// every page, for repository patterns; `domain.repository` is ignored. Throws
    /// `PlanningError` when the domain does not exist.
    func repositoryNames(in domain: RepositoryCoordinates, prefix: String?) async throws -> [String]

    /// A package's versions, newest first, with the age of each version known relative to
    /// every cutoff in `cutoffs` (by publish times or by binary-searched boundaries).
    func versions(of package: PackageCoordinates, cutoffs: AgeCutoffs) async throws -> PackageVersions

    /// The bytes one version holds (the sum of its assets' sizes); nil when unknown (not
    /// recorded, or the version is gone).
    func size(of package: PackageCoordinates, version: String) async throws -> Int64?
}

extension RepositorySource {
    /// Sources that cannot measure report every size as unknown.
    public func size(of package: PackageCoordinates, version: String) async throws -> Int64? { nil }
}
