import CodeArtifactModel
import Foundation
import PruneManifest

/// The one gate between every input and the writer (docs/spec/product.md, "The safety gate"). It
/// trusts nothing a document says about itself: every refusal is recomputed from the writes
/// about to be sent, and every write must be sendable before the first one goes.
///
/// Order of judgement: a command line that contradicts the input (64), then refusals (4:
/// a declared refusal, conflicting actions, `maxDeletions`, a look-ahead `now`), then runtime
/// reasons (1: no region, an unwritable report path, no credentials) — 4 before 1, as
/// docs/spec/manifest.md's exit-code precedence says.
public struct SafetyGate: Sendable {
    /// What the gate checks the input against.
    public struct Context: Sendable {
        /// The wall clock at the start of the run.
        public var wallClock: Date
        /// `--shard K/N` on the command line, if given.
        public var shard: Shard?
        /// The region for writes that name none (`--region`, `AWS_REGION`, `AWS_DEFAULT_REGION`, profile).
        public var defaultRegion: String?
        /// Where the report goes.
        public var reportPath: String
        /// Proves writes can be signed for each region.
        public var readiness: any WriteReadiness

        /// Creates a context.
        public init(
            wallClock: Date, shard: Shard?, defaultRegion: String?, reportPath: String, readiness: any WriteReadiness
        ) {
            self.wallClock = wallClock
            self.shard = shard
            self.defaultRegion = defaultRegion
            self.reportPath = reportPath
            self.readiness = readiness
        }
    }

    /// How far ahead of the wall clock an input's `now` may be: clock skew between the
    /// machine that planned and the one that applies, never a look-ahead.
    public static let lookAheadAllowance: TimeInterval = 5 * 60

    /// The context.
    public let context: Context

    /// Creates a gate.
    public init(context: Context) {
        self.context = context
    }

    /// The writes to send, or why none may be.
    public func check(_ source: WriteSource) async throws(GateStop) -> ApprovedWrites {
        try checkShard(source)
        if context.reportPath.isEmpty { throw GateStop(.usage, "--report needs a file path") }
        let writes = source.writes.map { write in
            var write = write
            if write.coordinates.region == nil { write.coordinates.region = context.defaultRegion }
            return write
        }
        let settings = source.settings
        if let refusal = refusal(source, writes: writes, settings: settings) {
            throw GateStop(.refused, refusal)
        }
        let missing = writes.count { $0.coordinates.region == nil }
        if missing > 0 {
            throw GateStop(
                .runtime,
                "\(missing) of \(writes.count) writes have no AWS region (the plan was made offline without one): "
                    + "pass --region, set AWS_REGION or AWS_DEFAULT_REGION, or add 'region' to the profile")
        }
        try Self.checkWritable(context.reportPath)
        let regions = Set(writes.compactMap(\.coordinates.region)).sorted()
        if !writes.isEmpty {
            do {
                try await context.readiness.checkReady(regions: regions)
            } catch {
                throw GateStop(.runtime, "cannot send the writes: \(error)")
            }
        }
        return ApprovedWrites(
            writes: writes, settings: settings, shard: source.shard ?? context.shard?.description,
            reference: source.reference, warnings: source.warnings, asksForConfirmation: source.asksForConfirmation)
    }

    /// A saved plan or report holds one shard's share of the budgets already: applying it as
    /// another shard would act on the wrong packages and divide the budgets twice.
    func checkShard(_ source: WriteSource) throws(GateStop) {
        guard let shard = context.shard, shard.description != source.shard else { return }
        let made = source.shard.map { "shard \($0)" } ?? "the whole plan (no shard)"
        throw GateStop(
            .usage, "--shard \(shard) does not match the input, which was made for \(made); drop --shard or plan again")
    }

    /// The refusal recomputed from `writes`, in docs/spec/manifest.md's order of judgement.
    func refusal(_ source: WriteSource, writes: [PlannedWrite], settings: Settings) -> String? {
        if let declared = source.declaredRefusal { return declared }
        struct Version: Hashable {
            var coordinates: PackageCoordinates
            var version: String
        }
        var actions: [Version: TargetAction] = [:]
        var deletions = 0
        for write in writes {
            let key = Version(coordinates: write.coordinates, version: write.version)
            if let earlier = actions[key] {
                if earlier != write.action {
                    return "two actions for one version: \(write.coordinates) \(write.version) would be both "
                        + "\(earlier.rawValue) and \(write.action.rawValue); nothing was acted on"
                }
                continue
            }
            actions[key] = write.action
            if write.action.isIrreversible { deletions += 1 }
        }
        if deletions > settings.maxDeletions {
            return PlanRefusal.maxDeletions(planned: deletions, limit: settings.maxDeletions).description
        }
        if let now = source.now, now.timeIntervalSince(context.wallClock) > Self.lookAheadAllowance {
            return
                "the plan was made as of \(RFC3339.format(now)), ahead of now (\(RFC3339.format(context.wallClock))): "
                + "a look-ahead is a preview, never a licence to act on versions that are still young; plan without --now"
        }
        return nil
    }

    /// The report's directory exists and accepts a file: found now, not after the writes.
    static func checkWritable(_ path: String) throws(GateStop) {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw GateStop(.runtime, "the report path '\(path)' is a directory; name a file with --report")
        }
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard manager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw GateStop(
                .runtime,
                "cannot write the report to '\(path)': directory '\(directory)' does not exist; create it or choose another --report"
            )
        }
        let probe = URL(fileURLWithPath: directory).appendingPathComponent(
            ".prune-report-probe-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)"
        ).path
        guard manager.createFile(atPath: probe, contents: Data()) else {
            throw GateStop(
                .runtime,
                "cannot write the report to '\(path)': directory '\(directory)' does not accept new files (permissions?); choose another --report"
            )
        }
        try? manager.removeItem(atPath: probe)
    }
}
