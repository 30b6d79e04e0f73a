import CodeArtifactClient
import Foundation
import PruneManifest

/// Sends write calls to CodeArtifact: Delete, Dispose (with revisions), or UpdateStatus to
/// Archived/Unlisted (with revisions), always with `expectedStatus`.
public struct ServiceWriter: VersionWriter {
    let session: AWSSession
    let pacer: (any RequestPacer)?

    /// Writes through `session`, paced by `pacer`.
    public init(session: AWSSession, pacer: (any RequestPacer)?) {
        self.session = session
        self.pacer = pacer
    }

    public func write(_ request: WriteRequest) async throws -> WriteResponse {
        let coordinates = request.coordinates
        let client = try session.codeArtifact(region: coordinates.region, pacer: pacer)
        let package = CodeArtifactClient.PackageCoordinates(
            repository: RepositoryCoordinates(
                domain: coordinates.domain, domainOwner: coordinates.domainOwner, repository: coordinates.repository),
            format: CodeArtifactClient.PackageFormat(rawValue: coordinates.format.rawValue),
            namespace: coordinates.namespace, package: coordinates.package)
        let expected = CodeArtifactClient.PackageVersionStatus(rawValue: request.expectedStatus.rawValue)
        let revisions = request.revisions.isEmpty ? nil : request.revisions
        let result: PackageVersionsWriteResult
        do {
            switch request.action {
            case .delete:
                result = try await client.deletePackageVersions(
                    DeletePackageVersionsRequest(package: package, versions: request.versions, expectedStatus: expected)
                )
            case .dispose:
                result = try await client.disposePackageVersions(
                    DisposePackageVersionsRequest(
                        package: package, versions: request.versions, versionRevisions: revisions,
                        expectedStatus: expected))
            case .archive, .unlist:
                result = try await client.updatePackageVersionsStatus(
                    UpdatePackageVersionsStatusRequest(
                        package: package, versions: request.versions, versionRevisions: revisions,
                        expectedStatus: expected, targetStatus: request.action == .archive ? .archived : .unlisted))
            }
        } catch let error as CodeArtifactError {
            let message = error.message ?? error.description
            // An earlier attempt may have landed: report its unknown outcome, not the last error,
            // so the report never claims a version untouched that is gone.
            if let earlier = error.earlierUnknownOutcome, !error.outcomeUnknown {
                throw WriteFailure(
                    code: earlier,
                    message:
                        "\(error.exceptionName) after an earlier attempt failed with \(earlier), which may have landed: \(message)"
                )
            }
            throw WriteFailure(code: error.exceptionName, message: message)
        } catch let error as CredentialsError {
            throw WriteFailure(code: "CredentialsError", message: error.description)
        }
        return WriteResponse(
            successful: result.successfulVersions.mapValues {
                VersionSuccess(revision: $0.revision, status: $0.status?.rawValue ?? "")
            },
            failed: result.failedVersions.mapValues {
                VersionFailure(errorCode: $0.errorCode?.rawValue ?? "UNKNOWN", errorMessage: $0.errorMessage ?? "")
            },
            retriedAfterUnknownOutcome: result.retriedAfterUnknownOutcome)
    }
}
