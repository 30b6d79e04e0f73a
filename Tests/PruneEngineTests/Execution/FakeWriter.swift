import CodeArtifactModel
import Foundation
import PruneManifest
import Synchronization

@testable import PruneEngine

/// A writer over an in-memory package state, with scripted misbehaviour.
final class FakeWriter: VersionWriter {
    struct State {
        var statuses: [String: PackageVersionStatus] = [:]
        var requests: [WriteRequest] = []
        var failWholeRequest: WriteFailure?
        /// Status updates are all-or-nothing: one failure makes the others SKIPPED.
        var allOrNothing = false
        /// Apply the change, then report an unknown outcome and answer the retry (as a lost response would).
        var loseFirstResponse = false
    }

    let state: Mutex<State>

    init(statuses: [String: PackageVersionStatus]) {
        state = Mutex(State(statuses: statuses))
    }

    var requests: [WriteRequest] { state.withLock { $0.requests } }

    func write(_ request: WriteRequest) async throws -> WriteResponse {
        try state.withLock { state in
            state.requests.append(request)
            if let failure = state.failWholeRequest { throw failure }
            var response = answer(request, &state)
            if state.loseFirstResponse {
                // The first attempt landed but its answer was lost; the client retried.
                state.loseFirstResponse = false
                response = answer(request, &state)
                response.retriedAfterUnknownOutcome = true
            }
            return response
        }
    }

    private func answer(_ request: WriteRequest, _ state: inout State) -> WriteResponse {
        var successful: [String: VersionSuccess] = [:]
        var failed: [String: VersionFailure] = [:]
        let target: PackageVersionStatus? =
            switch request.action {
            case .delete: nil
            case .dispose: .disposed
            case .archive: .archived
            case .unlist: .unlisted
            }
        for version in request.versions {
            guard let current = state.statuses[version] else {
                failed[version] = VersionFailure(errorCode: .notFound, errorMessage: "version \(version) not found")
                continue
            }
            guard current == request.expectedStatus else {
                failed[version] = VersionFailure(
                    errorCode: .mismatchedStatus,
                    errorMessage:
                        "current status: \(current.rawValue), expected status: \(request.expectedStatus.rawValue)")
                continue
            }
            successful[version] = VersionSuccess(revision: "r2", status: (target ?? .deleted).rawValue)
        }
        if state.allOrNothing, !failed.isEmpty {
            for version in successful.keys {
                failed[version] = VersionFailure(errorCode: .skipped, errorMessage: "skipped")
            }
            successful = [:]
        }
        for (version, success) in successful {
            state.statuses[version] = target
            _ = success
        }
        return WriteResponse(successful: successful, failed: failed)
    }
}
