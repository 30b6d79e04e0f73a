import Foundation

extension CodeArtifactService {
    /// Every repository of the domain matching the request's filters, following `nextToken` to
    /// the last page.
    public func listRepositoriesInDomain(_ request: ListRepositoriesInDomainRequest) -> ListRepositoriesInDomainSequence
    {
        ListRepositoriesInDomainSequence(client: self, request: request)
    }

    /// One page of ListRepositoriesInDomain (`POST /v1/domain/repositories`, empty body).
    public func listRepositoriesInDomainPage(_ request: ListRepositoriesInDomainRequest) async throws
        -> ListRepositoriesInDomainPage
    {
        let call = OperationCall.listRepositoriesInDomain(request)
        return try decode(ListRepositoriesInDomainPage.self, from: try await perform(call), call)
    }

    /// Every package of the repository matching the request's filters, following `nextToken`
    /// to the last page.
    public func listPackages(_ request: ListPackagesRequest) -> ListPackagesSequence {
        ListPackagesSequence(client: self, request: request)
    }

    /// One page of ListPackages (`POST /v1/packages`, empty body).
    public func listPackagesPage(_ request: ListPackagesRequest) async throws -> ListPackagesPage {
        let call = OperationCall.listPackages(request)
        return try decode(ListPackagesPage.self, from: try await perform(call), call)
    }

    /// Every version of the package matching the request's filters, following `nextToken` to
    /// the last page.
    public func listPackageVersions(_ request: ListPackageVersionsRequest) -> ListPackageVersionsSequence {
        ListPackageVersionsSequence(client: self, request: request)
    }

    /// One page of ListPackageVersions (`POST /v1/package/versions`, empty body).
    public func listPackageVersionsPage(_ request: ListPackageVersionsRequest) async throws -> ListPackageVersionsPage {
        let call = OperationCall.listPackageVersions(request)
        return try decode(ListPackageVersionsPage.self, from: try await perform(call), call)
    }

    /// DescribePackageVersion (`GET /v1/package/version`).
    public func describePackageVersion(_ request: DescribePackageVersionRequest) async throws
        -> PackageVersionDescription
    {
        let call = OperationCall.describePackageVersion(request)
        return try decode(DescribePackageVersionAnswer.self, from: try await perform(call), call).packageVersion
    }

    /// Every asset (file) of one version, following `nextToken` to the last page.
    public func listPackageVersionAssets(_ request: ListPackageVersionAssetsRequest)
        -> ListPackageVersionAssetsSequence
    {
        ListPackageVersionAssetsSequence(client: self, request: request)
    }

    /// One page of ListPackageVersionAssets (`POST /v1/package/version/assets`, empty body).
    public func listPackageVersionAssetsPage(_ request: ListPackageVersionAssetsRequest) async throws
        -> ListPackageVersionAssetsPage
    {
        let call = OperationCall.listPackageVersionAssets(request)
        return try decode(ListPackageVersionAssetsPage.self, from: try await perform(call), call)
    }

    /// DeletePackageVersions (`POST /v1/package/versions/delete`). Read ``PackageVersionsWriteResult/failedVersions``.
    public func deletePackageVersions(_ request: DeletePackageVersionsRequest) async throws
        -> PackageVersionsWriteResult
    {
        try await write(try OperationCall.deletePackageVersions(request))
    }

    /// DisposePackageVersions (`POST /v1/package/versions/dispose`). Read ``PackageVersionsWriteResult/failedVersions``.
    public func disposePackageVersions(_ request: DisposePackageVersionsRequest) async throws
        -> PackageVersionsWriteResult
    {
        try await write(try OperationCall.disposePackageVersions(request))
    }

    /// UpdatePackageVersionsStatus (`POST /v1/package/versions/update_status`). Read
    /// ``PackageVersionsWriteResult/failedVersions``.
    public func updatePackageVersionsStatus(_ request: UpdatePackageVersionsStatusRequest) async throws
        -> PackageVersionsWriteResult
    {
        try await write(try OperationCall.updatePackageVersionsStatus(request))
    }

    private func write(_ call: OperationCall) async throws -> PackageVersionsWriteResult {
        let outcome = try await perform(call)
        var result = try decode(PackageVersionsWriteResult.self, from: outcome, call)
        result.attempts = outcome.attempts
        result.retriedAfterUnknownOutcome = outcome.retriedAfterUnknownOutcome
        return result
    }

    private func decode<Value: Decodable>(_ type: Value.Type, from result: OperationResult, _ call: OperationCall)
        throws -> Value
    {
        if let fast = type as? any WireReadable.Type, let value = fast.init(wire: result.response.body) as? Value {
            return value
        }
        do {
            return try JSONDecoder().decode(type, from: Data(result.response.body))
        } catch {
            if call.operation.isWrite {
                // A success status whose body is not the service's answer (a proxy's page, a
                // cut-off body): the write may or may not have landed, as after a 5xx.
                let line = CodeArtifactError.firstLine(ofPage: result.response.body).map {
                    ": " + session.redactor.redact($0)
                }
                throw CodeArtifactError(
                    kind: .internalServer, exceptionName: "InternalServerException",
                    message:
                        "HTTP \(result.response.status) answer that is not the service's JSON "
                        + "(\(result.response.body.count) bytes), so the write's outcome is unknown\(line ?? "")",
                    httpStatus: result.response.status, operation: call.operation, resource: call.resource,
                    endpoint: endpoint.description, outcomeUnknown: true, attempts: result.attempts)
            }
            throw CodeArtifactError(
                kind: .invalidResponse, exceptionName: "InvalidResponse",
                message:
                    "cannot read the answer (HTTP \(result.response.status), \(result.response.body.count) bytes): \(error)",
                httpStatus: result.response.status, operation: call.operation, resource: call.resource,
                endpoint: endpoint.description, attempts: result.attempts)
        }
    }
}
