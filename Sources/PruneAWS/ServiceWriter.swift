import CodeArtifactClient
import CodeArtifactModel
import Foundation
import PruneEngine
import PruneManifest

/// Sends write calls to CodeArtifact: Delete, Dispose (with revisions), or UpdateStatus to
/// Archived/Unlisted (with revisions), always with `expectedStatus`.
public struct ServiceWriter: VersionWriter, WriteReadiness {
    let session: AWSSession
    let pacer: (any RequestPacer)?

    /// Writes through `session`, paced by `pacer`.
    public init(session: AWSSession, pacer: (any RequestPacer)?) {
        self.session = session
        self.pacer = pacer
    }

    /// A client for each region can be made and the credentials resolve (the chain is walked
    /// once, so a missing key stops the run at the gate, before the first write).
    public func checkReady(regions: [String]) async throws {
        for region in regions { _ = try session.codeArtifact(region: region, pacer: pacer) }
        _ = try await session.credentials()
    }

    public func write(_ request: WriteRequest) async throws -> WriteResponse {
        let package = request.coordinates
        let client = try session.codeArtifact(region: package.region, pacer: pacer)
        let expected = request.expectedStatus
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
            throw Self.failure(error)
        } catch let error as CredentialsError {
            throw WriteFailure(code: .other("CredentialsError"), message: error.description)
        } catch let error as ClientConfigurationError {
            // Nothing was sent: a setting the gate could not see (it checks region and credentials).
            throw WriteFailure(code: .other("ClientConfigurationError"), message: error.description)
        }
        return WriteResponse(
            successful: result.successfulVersions.mapValues {
                VersionSuccess(revision: $0.revision, status: $0.status?.rawValue ?? "")
            },
            failed: result.failedVersions.mapValues {
                VersionFailure(
                    errorCode: FailureCode($0.errorCode?.rawValue ?? "UNKNOWN"), errorMessage: $0.errorMessage ?? "")
            },
            retriedAfterUnknownOutcome: result.retriedAfterUnknownOutcome)
    }

    /// The report's code for a whole-call failure. Any 5xx (the service's, or a gateway's page
    /// with no error type) is `InternalServerException`: the write may have landed. After an
    /// earlier attempt of unknown outcome, that outcome is reported, not the last error, so the
    /// report never claims a version untouched that is gone.
    static func failure(_ error: CodeArtifactError) -> WriteFailure {
        let message = error.message ?? error.description
        if error.outcomeUnknown {
            return WriteFailure(code: unknownOutcomeCode(error.kind), message: statusPrefix(error) + message)
        }
        if let earlier = error.earlierUnknownOutcome {
            return WriteFailure(
                code: unknownOutcomeCode(earlierName: earlier),
                message:
                    "\(error.exceptionName) after an earlier attempt failed with \(earlier), which may have landed: \(message)"
            )
        }
        return WriteFailure(code: FailureCode(error.exceptionName), message: message)
    }

    private static func unknownOutcomeCode(_ kind: CodeArtifactError.Kind) -> FailureCode {
        kind == .connection ? .connectionError : kind == .timeout ? .timeout : .internalServer
    }

    private static func unknownOutcomeCode(earlierName: String) -> FailureCode {
        let code = FailureCode(earlierName)
        return code.isUnknownOutcome ? code : .internalServer
    }

    private static func statusPrefix(_ error: CodeArtifactError) -> String {
        guard let status = error.httpStatus, let message = error.message, !message.contains("HTTP \(status)") else {
            return ""
        }
        return "HTTP \(status): "
    }
}
