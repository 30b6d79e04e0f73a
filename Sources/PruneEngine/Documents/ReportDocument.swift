import CodeArtifactModel
import Foundation
import PruneManifest

/// The report (`prune-report.json`): every request's `successfulVersions` and
/// `failedVersions` merged per package, action and target, in the API's shapes, with
/// counts; every planned version appears exactly once. See docs/spec/product.md, "The report".
public struct ReportDocument: Codable, Sendable {
    /// Always 1.
    public var reportVersion: Int
    /// Manifest path and digest.
    public var manifest: ManifestReference
    /// Path and digest of each `keep.listedIn` file the plan was made with; absent when none.
    public var keepLists: [ManifestReference]?
    /// Start of the run (RFC 3339).
    public var startedAt: String
    /// End of the run (RFC 3339).
    public var finishedAt: String
    /// Settings the run used.
    public var settings: SettingsDocument
    /// Counts.
    public var summary: Summary
    /// Warnings from planning.
    public var warnings: [String]
    /// Why nothing was acted on, for a refused run.
    public var refused: String?
    /// True when SIGINT/SIGTERM cut the run short.
    public var interrupted: Bool?
    /// `K/N` when the run was one shard.
    public var shard: String?
    /// One entry per package, action and target, sorted like the saved plan.
    public var packages: [PackageEntry]

    /// Counts of a run.
    public struct Summary: Codable, Sendable, Hashable {
        /// Package entries.
        public var packages: Int
        /// Versions planned.
        public var versions: Int
        /// Versions acted on.
        public var succeeded: Int
        /// Versions not acted on.
        public var failed: Int
        /// Every API call of the run (reads and writes, retries included).
        public var requests: Int
        /// Write calls.
        public var writeRequests: Int
        /// Retried attempts.
        public var retries: Int
        /// 429 answers.
        public var throttled: Int
        /// Bytes this run freed: the sizes of its own successful deletes and disposes, where
        /// known; absent when the run had no sizes (no `--sizes`, or a plan made without).
        public var bytesFreed: Int64? = nil
    }

    /// A failed version: the API's shape plus what `--retry-failed` needs.
    public struct FailedVersion: Codable, Sendable, Hashable {
        /// The API's code or an exception name (`ThrottlingException`, `NOT_ATTEMPTED`, ...).
        public var errorCode: FailureCode
        /// The message.
        public var errorMessage: String
        /// Status seen at planning (sent again as `expectedStatus`).
        public var plannedStatus: PackageVersionStatus
        /// Revision seen at planning, where known.
        public var revision: String?
        /// Bytes the version holds, where measured: carried so a `--retry-failed` run counts it.
        public var size: Int64? = nil
    }

    /// One package, action and target.
    public struct PackageEntry: Codable, Sendable, Hashable {
        public var region: String?
        public var domain: String
        public var domainOwner: String?
        public var repository: String
        public var format: PackageFormat
        public var namespace: String?
        public var package: String
        public var action: TargetAction
        public var target: String
        /// Versions acted on: `{"1.0.0": {"revision": ..., "status": "Deleted"}}`.
        public var successfulVersions: [String: VersionSuccess]
        /// Versions not acted on, with why.
        public var failedVersions: [String: FailedVersion]

        /// The package's coordinates.
        public var coordinates: PackageCoordinates {
            PackageCoordinates(
                region: region, domain: domain, domainOwner: domainOwner, repository: repository, format: format,
                namespace: namespace, package: package)
        }
    }
}

extension ReportDocument {
    /// Counters the client keeps (every API call of the run).
    public struct CallCounts: Sendable, Hashable {
        /// All calls.
        public var requests: Int
        /// Retried attempts.
        public var retries: Int
        /// 429 answers.
        public var throttled: Int

        /// Creates counts.
        public init(requests: Int = 0, retries: Int = 0, throttled: Int = 0) {
            self.requests = requests
            self.retries = retries
            self.throttled = throttled
        }
    }

    /// Builds the report of a run from the planned writes and their outcomes.
    public init(
        manifest: ManifestReference, startedAt: Date, finishedAt: Date, settings: Settings, warnings: [String],
        shard: String?, writes: [PlannedWrite], outcomes: [PlannedWrite: VersionOutcome], writeRequests: Int,
        calls: CallCounts, interrupted: Bool, refused: String? = nil
    ) {
        struct Key: Hashable {
            var coordinates: PackageCoordinates
            var action: TargetAction
            var target: String
        }
        var entries: [Key: PackageEntry] = [:]
        var succeeded = 0
        var failed = 0
        // Each planned version appears once (the gate refuses duplicates), so its size counts once.
        var bytesFreed: Int64 = 0
        for write in writes {
            let key = Key(coordinates: write.coordinates, action: write.action, target: write.target)
            let c = write.coordinates
            var entry =
                entries[key]
                ?? PackageEntry(
                    region: c.region, domain: c.domain, domainOwner: c.domainOwner, repository: c.repository,
                    format: c.format, namespace: c.namespace, package: c.package, action: write.action,
                    target: write.target, successfulVersions: [:], failedVersions: [:])
            switch outcomes[write]
                ?? .failed(VersionFailure(errorCode: .notAttempted, errorMessage: "no request was sent"))
            {
            case .succeeded(var success):
                success.size = write.size
                entry.successfulVersions[write.version] = success
                succeeded += 1
                if write.action.isIrreversible, let size = write.size { bytesFreed += size }
            case .failed(let failure):
                entry.failedVersions[write.version] = FailedVersion(
                    errorCode: failure.errorCode, errorMessage: failure.errorMessage, plannedStatus: write.status,
                    revision: write.revision, size: write.size)
                failed += 1
            }
            entries[key] = entry
        }
        let packages = entries.keys.sorted { a, b in
            if a.coordinates != b.coordinates { return a.coordinates < b.coordinates }
            if a.action != b.action { return a.action.rawValue < b.action.rawValue }
            return UnicodeOrder.less(a.target, b.target)
        }.map { entries[$0]! }
        var summary = Summary(
            packages: packages.count, versions: writes.count, succeeded: succeeded, failed: failed,
            requests: calls.requests, writeRequests: writeRequests, retries: calls.retries, throttled: calls.throttled)
        if writes.contains(where: { $0.size != nil }) { summary.bytesFreed = bytesFreed }
        self.init(
            reportVersion: 1, manifest: manifest, startedAt: RFC3339.format(startedAt),
            finishedAt: RFC3339.format(finishedAt), settings: SettingsDocument(settings, shard: shard),
            summary: summary,
            warnings: warnings, refused: refused, interrupted: interrupted ? true : nil, shard: shard,
            packages: packages)
    }

    /// The versions `--retry-failed` acts on again: failed for a retryable cause, with the
    /// status and revision seen when they were planned.
    public var retryableWrites: [PlannedWrite] {
        packages.flatMap { entry in
            entry.failedVersions.filter { $0.value.errorCode.isRetryable }.map {
                PlannedWrite(
                    coordinates: entry.coordinates, action: entry.action, target: entry.target, version: $0.key,
                    status: $0.value.plannedStatus, revision: $0.value.revision,
                    mayHaveLanded: $0.value.errorCode.isUnknownOutcome, size: $0.value.size)
            }
        }
    }

    /// Pretty JSON with sorted keys, ending in a newline.
    public func encoded() throws -> Data {
        try DocumentJSON.encode(self)
    }

    /// Writes the report atomically (temporary file, then rename).
    public func write(to path: String) throws {
        try AtomicFile.write(encoded(), to: path)
    }
}
