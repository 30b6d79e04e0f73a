import CodeArtifactModel
import Foundation

extension OperationCall {
    /// ListRepositoriesInDomain: the domain and filters in the query, no body.
    static func listRepositoriesInDomain(_ request: ListRepositoriesInDomainRequest) -> OperationCall {
        OperationCall(
            operation: .listRepositoriesInDomain, query: request.queryItems, body: nil,
            resource: request.domainDescription)
    }

    /// ListPackages: coordinates and filters in the query, no body.
    static func listPackages(_ request: ListPackagesRequest) -> OperationCall {
        OperationCall(
            operation: .listPackages, query: request.queryItems, body: nil,
            resource: request.repository.resourceDescription)
    }

    /// ListPackageVersions: coordinates and filters in the query, no body.
    static func listPackageVersions(_ request: ListPackageVersionsRequest) -> OperationCall {
        OperationCall(
            operation: .listPackageVersions, query: request.queryItems, body: nil,
            resource: request.package.resourceDescription)
    }

    /// DescribePackageVersion: coordinates and `version` in the query.
    static func describePackageVersion(_ request: DescribePackageVersionRequest) -> OperationCall {
        OperationCall(
            operation: .describePackageVersion, query: request.queryItems, body: nil,
            resource: "version '\(request.version)' of \(request.package.resourceDescription)")
    }

    /// ListPackageVersionAssets: coordinates, `version` and paging in the query, no body.
    static func listPackageVersionAssets(_ request: ListPackageVersionAssetsRequest) -> OperationCall {
        OperationCall(
            operation: .listPackageVersionAssets, query: request.queryItems, body: nil,
            resource: "version '\(request.version)' of \(request.package.resourceDescription)")
    }

    /// DeletePackageVersions: coordinates in the query, `versions` and `expectedStatus` in the body.
    static func deletePackageVersions(_ request: DeletePackageVersionsRequest) throws -> OperationCall {
        try write(
            .deletePackageVersions, request.package,
            WriteBody(versions: request.versions, expectedStatus: request.expectedStatus))
    }

    /// DisposePackageVersions: coordinates in the query; `versions`, `versionRevisions`,
    /// `expectedStatus` in the body.
    static func disposePackageVersions(_ request: DisposePackageVersionsRequest) throws -> OperationCall {
        try write(
            .disposePackageVersions, request.package,
            WriteBody(
                versions: request.versions, versionRevisions: request.versionRevisions,
                expectedStatus: request.expectedStatus))
    }

    /// UpdatePackageVersionsStatus: coordinates in the query; `versions`, `versionRevisions`,
    /// `expectedStatus`, `targetStatus` in the body.
    static func updatePackageVersionsStatus(_ request: UpdatePackageVersionsStatusRequest) throws -> OperationCall {
        try write(
            .updatePackageVersionsStatus, request.package,
            WriteBody(
                versions: request.versions, versionRevisions: request.versionRevisions,
                expectedStatus: request.expectedStatus, targetStatus: request.targetStatus))
    }

    private static func write(_ operation: CodeArtifactOperation, _ package: PackageCoordinates, _ body: WriteBody)
        throws -> OperationCall
    {
        let resource = package.resourceDescription
        guard (1...100).contains(body.versions.count) else {
            throw CodeArtifactError.invalidRequest(
                "a write takes 1 to 100 versions, not \(body.versions.count)", operation: operation,
                resource: resource)
        }
        return OperationCall(operation: operation, query: package.queryItems, body: body.json(), resource: resource)
    }
}
