import CodeArtifactModel
import Inventory

/// The validated input of one operation.
enum OperationInput: Sendable {
    /// ListRepositoriesInDomain (the reference's `repository` is empty).
    case listRepositoriesInDomain(
        RepositoryReference, repositoryPrefix: String?, administratorAccount: String?, maxResults: Int,
        nextToken: String?)
    /// ListPackages.
    case listPackages(
        RepositoryReference, format: PackageFormat?, namespace: String?, packagePrefix: String?, maxResults: Int,
        nextToken: String?, publish: String?, upstream: String?)
    /// ListPackageVersions.
    case listPackageVersions(
        PackageReference, status: PackageVersionStatus?, sortByPublishedTime: Bool, maxResults: Int, nextToken: String?,
        originType: PackageVersionOriginType?)
    /// DescribePackageVersion.
    case describePackageVersion(PackageReference, version: String)
    /// ListPackageVersionAssets.
    case listPackageVersionAssets(PackageReference, version: String, maxResults: Int, nextToken: String?)
    /// DeletePackageVersions, DisposePackageVersions, UpdatePackageVersionsStatus.
    case write(WriteRequest)
}
