import CodeArtifactModel
import Foundation
import PruneManifest

/// The write phase: sends the planned writes concurrently (at most `concurrency` calls in
/// flight; pacing is the client's rate limiter), resends `SKIPPED` versions without the
/// failing ones, and accounts for every planned version exactly once.
public struct ApplyRunner: Sendable {
    /// Progress after each call: versions done of the total, calls sent.
    public struct Progress: Sendable {
        /// Versions with an outcome.
        public var done: Int
        /// Versions planned.
        public var total: Int
        /// Write calls sent.
        public var requests: Int
    }

    /// What the run produced.
    public struct Result: Sendable {
        /// Outcome per planned version.
        public var outcomes: [PlannedWrite: VersionOutcome]
        /// Write calls sent (resends included).
        public var writeRequests: Int
        /// True when a stop signal cut the run short.
        public var interrupted: Bool
    }

    /// Most rounds of resending `SKIPPED` versions for one call.
    static let maximumRounds = 5

    let writes: [PlannedWrite]
    let writer: any VersionWriter
    let concurrency: Int
    let stop: StopSignal
    let progress: @Sendable (Progress) -> Void

    /// A runner for writes the safety gate approved: the only public way to one.
    public init(
        approved: ApprovedWrites, writer: any VersionWriter, stop: StopSignal = StopSignal(),
        progress: @escaping @Sendable (Progress) -> Void = { _ in }
    ) {
        self.init(
            writes: approved.writes, writer: writer, concurrency: approved.settings.concurrency, stop: stop,
            progress: progress)
    }

    /// A runner for any writes: internal, so only the engine (and its tests) can bypass the gate.
    init(
        writes: [PlannedWrite], writer: any VersionWriter, concurrency: Int, stop: StopSignal = StopSignal(),
        progress: @escaping @Sendable (Progress) -> Void = { _ in }
    ) {
        self.writes = writes
        self.writer = writer
        self.concurrency = max(1, concurrency)
        self.stop = stop
        self.progress = progress
    }

    /// Runs every write call; never throws: failures are outcomes.
    public func run() async -> Result {
        let requests = WriteRequest.expand(writes)
        var byVersion: [VersionKey: [PlannedWrite]] = [:]
        for write in writes {
            byVersion[Self.key(write.coordinates, write.action, write.version), default: []].append(write)
        }
        let mayHaveLanded = Set(
            writes.filter(\.mayHaveLanded).map { Self.key($0.coordinates, $0.action, $0.version) })
        var outcomes: [PlannedWrite: VersionOutcome] = [:]
        var sent = 0
        var done = 0
        await FanOut.run(over: requests, limit: concurrency) { request in
            let landed =
                mayHaveLanded.isEmpty
                ? []
                : Set(
                    request.versions.filter {
                        mayHaveLanded.contains(Self.key(request.coordinates, request.action, $0))
                    })
            return await perform(request, mayHaveLanded: landed)
        } collect: { request, results, calls in
            sent += calls
            for (version, outcome) in results {
                for write in byVersion[Self.key(request.coordinates, request.action, version)] ?? [] {
                    outcomes[write] = outcome
                    done += 1
                }
            }
            progress(Progress(done: done, total: writes.count, requests: sent))
        }
        // The invariant: every planned version has exactly one outcome.
        for write in writes where outcomes[write] == nil {
            outcomes[write] = .failed(VersionFailure(errorCode: .notAttempted, errorMessage: "no request was sent"))
        }
        return Result(outcomes: outcomes, writeRequests: sent, interrupted: stop.isStopped)
    }

    /// One version of one action on one package: what a call's outcome is matched back by.
    private struct VersionKey: Hashable {
        var coordinates: PackageCoordinates
        var action: TargetAction
        var version: String
    }

    /// A key per version (a struct, not a joined string: no text built per version).
    private static func key(_ coordinates: PackageCoordinates, _ action: TargetAction, _ version: String)
        -> VersionKey
    {
        VersionKey(coordinates: coordinates, action: action, version: version)
    }

    /// One call, with `SKIPPED` resends; returns an outcome for each of its versions and the calls made.
    func perform(_ request: WriteRequest, mayHaveLanded: Set<String> = []) async -> (
        WriteRequest, [String: VersionOutcome], Int
    ) {
        var results: [String: VersionOutcome] = [:]
        var pending = request
        var calls = 0
        for round in 1...Self.maximumRounds {
            if stop.isStopped || Task.isCancelled {
                let failure = VersionFailure(
                    errorCode: .notAttempted, errorMessage: "the run was interrupted before this request was sent")
                for version in pending.versions { results[version] = .failed(failure) }
                break
            }
            calls += 1
            let response: WriteResponse
            do {
                response = try await writer.write(pending)
            } catch let failure as WriteFailure {
                let recorded = VersionFailure(errorCode: failure.code, errorMessage: failure.message)
                for version in pending.versions { results[version] = .failed(recorded) }
                break
            } catch is CancellationError {
                // Only a cancelled request is `Interrupted`: it may have reached the service.
                let recorded = VersionFailure(
                    errorCode: .interrupted, errorMessage: "the request was cancelled in flight; its outcome is unknown"
                )
                for version in pending.versions { results[version] = .failed(recorded) }
                break
            } catch {
                // A writer that throws anything else failed before sending (it reports what it
                // sent as `WriteFailure`): say what it was, never an unknown outcome.
                let recorded = VersionFailure(
                    errorCode: .other("WriterError"), errorMessage: "the request was not sent: \(error)")
                for version in pending.versions { results[version] = .failed(recorded) }
                break
            }
            var skipped: [String] = []
            for version in pending.versions {
                if let success = response.successful[version] {
                    results[version] = .succeeded(success)
                } else if let failure = response.failed[version], failure.errorCode != .skipped {
                    if response.retriedAfterUnknownOutcome || mayHaveLanded.contains(version),
                        let status = landedStatus(failure, request.action)
                    {
                        results[version] = .succeeded(VersionSuccess(revision: nil, status: status))
                    } else {
                        results[version] = .failed(failure)
                    }
                } else {
                    skipped.append(version)
                }
            }
            guard !skipped.isEmpty else { break }
            let progressed = skipped.count < pending.versions.count
            if !progressed || round == Self.maximumRounds {
                for version in skipped {
                    results[version] = .failed(
                        response.failed[version]
                            ?? VersionFailure(
                                errorCode: .skipped, errorMessage: "the service returned no result for this version"))
                }
                break
            }
            pending = pending.narrowed(to: skipped)
        }
        return (request, results, calls)
    }

    /// After an attempt of unknown outcome, the failure that means the first attempt landed.
    func landedStatus(_ failure: VersionFailure, _ action: TargetAction) -> String? {
        switch action {
        case .delete:
            return failure.errorCode == .notFound ? PackageVersionStatus.deleted.rawValue : nil
        case .dispose where failure.errorCode == .notFound:
            // docs/spec/product.md: a dispose's NOT_FOUND on a retry means the first attempt landed too.
            return PackageVersionStatus.disposed.rawValue
        case .dispose, .archive, .unlist:
            let target: PackageVersionStatus =
                action == .dispose ? .disposed : action == .archive ? .archived : .unlisted
            guard failure.errorCode == .mismatchedStatus,
                failure.errorMessage.contains("current status: \(target.rawValue)")
            else { return nil }
            return target.rawValue
        }
    }
}
