import CodeArtifactModel
import Inventory

extension EmulatorStore {
    /// The per-version outcome of a write.
    struct WriteOutcome: Sendable {
        var successes: [(version: String, revision: String, status: PackageVersionStatus)] = []
        var failures: [(version: String, code: String, message: String)] = []

        var json: JSONValue {
            .object([
                (
                    "successfulVersions",
                    .object(
                        successes.map {
                            (
                                $0.version,
                                .object([("revision", .string($0.revision)), ("status", .string($0.status.rawValue))])
                            )
                        })
                ),
                (
                    "failedVersions",
                    .object(
                        failures.map {
                            (
                                $0.version,
                                .object([("errorCode", .string($0.code)), ("errorMessage", .string($0.message))])
                            )
                        })
                ),
            ])
        }
    }

    /// Deletes, disposes or changes the status of versions, each checked on its own:
    /// `NOT_FOUND`, then `MISMATCHED_REVISION` (when `versionRevisions` names it), then
    /// `MISMATCHED_STATUS` (when `expectedStatus` is given), then `NOT_ALLOWED`. With
    /// `allOrNothing` (status updates only), one failure leaves everything unchanged and the
    /// other versions `SKIPPED`.
    func write(_ request: WriteRequest, operation: EmulatorOperation, allOrNothing: Bool) throws(APIError)
        -> WriteOutcome
    {
        try withPackage(request.package, operation: operation) { (package, _) throws(APIError) -> WriteOutcome in
            var outcome = WriteOutcome()
            var planned: [(version: String, revision: String, status: PackageVersionStatus)] = []
            for version in request.versions {
                if let failure = Self.check(version, in: package, request: request) {
                    outcome.failures.append((version, failure.code, failure.message))
                    continue
                }
                let revision = package[version]!.revision
                switch request.change {
                case .delete: planned.append((version, revision, .deleted))
                case .dispose: planned.append((version, revision, .disposed))
                case .setStatus(let target): planned.append((version, revision, target))
                }
            }
            if allOrNothing, case .setStatus = request.change, !outcome.failures.isEmpty {
                for skipped in planned {
                    outcome.failures.append(
                        (
                            skipped.version, "SKIPPED",
                            "Skipped: another version in the request could not be updated, so none was"
                        ))
                }
                return outcome
            }
            for change in planned {
                if change.status == .deleted {
                    package.remove(change.version)
                } else {
                    package.setStatus(change.status, of: change.version)
                }
            }
            outcome.successes = planned
            return outcome
        }
    }

    private static func check(_ version: String, in package: StoredPackage, request: WriteRequest)
        -> (code: String, message: String)?
    {
        guard let stored = package[version] else {
            return ("NOT_FOUND", "Package version '\(version)' not found")
        }
        if let expected = request.versionRevisions[version], expected != stored.revision {
            return ("MISMATCHED_REVISION", "current revision: \(stored.revision), expected revision: \(expected)")
        }
        if let expected = request.expectedStatus, expected != stored.status {
            return (
                "MISMATCHED_STATUS", "current status: \(stored.status.rawValue), expected status: \(expected.rawValue)"
            )
        }
        if case .setStatus(let target) = request.change, stored.status == .disposed {
            return ("NOT_ALLOWED", "A Disposed package version cannot change status to \(target.rawValue)")
        }
        return nil
    }
}
