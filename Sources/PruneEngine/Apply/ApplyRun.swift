import CodeArtifactModel
import Foundation
import PruneManifest

/// One `prune apply`, from input to report: input → writes → the gate → confirmation → the
/// runner → the report. The CLI supplies the prompt, the progress display and the writer;
/// it cannot reach the runner except through here, so every path to a write meets the gate.
public struct ApplyRun: Sendable {
    /// How a run ended short of the gate's stops.
    public enum Outcome: Sendable {
        /// The person at the terminal said no: nothing was acted on, no report written.
        case declined
        /// The writes ran; the report (already written) says how each version ended.
        case finished(ReportDocument)
    }

    /// The input.
    public let source: WriteSource
    /// What the gate checks it against.
    public let gate: SafetyGate
    /// When the run started (the report's `startedAt`).
    public let startedAt: Date
    /// Where the report's `finishedAt` is read.
    public let dates: DateSource

    /// Creates a run.
    public init(source: WriteSource, context: SafetyGate.Context, startedAt: Date, dates: DateSource = .system) {
        self.source = source
        self.gate = SafetyGate(context: context)
        self.startedAt = startedAt
        self.dates = dates
    }

    /// Runs the gate, asks `confirm` when the input is a manifest, then sends every write and
    /// writes the report. A refusal writes the refused report (every version
    /// `NOT_ATTEMPTED`) and throws; a runtime or usage stop throws and writes nothing.
    ///
    /// - Parameters:
    ///   - writer: sends the calls.
    ///   - calls: the client's counters so far (every API call of the run), for the report.
    ///   - confirm: asked once, before the first write, for a manifest planned now.
    ///   - beginWrites: called just before the first write is sent.
    public func run(
        writer: any VersionWriter, calls: @Sendable () -> ReportDocument.CallCounts,
        confirm: (ApprovedWrites) -> Bool, beginWrites: () -> Void, stop: StopSignal,
        progress: @escaping @Sendable (ApplyRunner.Progress) -> Void
    ) async throws -> Outcome {
        let approved: ApprovedWrites
        do {
            approved = try await gate.check(source)
        } catch {
            throw recorded(error, calls: calls())
        }
        if approved.asksForConfirmation && !approved.writes.isEmpty && !confirm(approved) {
            return .declined
        }
        beginWrites()
        let result = await ApplyRunner(approved: approved, writer: writer, stop: stop, progress: progress).run()
        var report = ReportDocument(
            manifest: approved.reference, startedAt: startedAt, finishedAt: dates.now(), settings: approved.settings,
            warnings: approved.warnings, shard: approved.shard, writes: approved.writes, outcomes: result.outcomes,
            writeRequests: result.writeRequests, calls: calls(), interrupted: result.interrupted)
        report.keepLists = source.keepLists
        try report.write(to: gate.context.reportPath)
        return .finished(report)
    }

    /// A refusal is recorded in the refused report (what it would have acted on, all
    /// `NOT_ATTEMPTED`); other stops write nothing. Returns the stop to throw.
    func recorded(_ stop: GateStop, calls: ReportDocument.CallCounts) -> GateStop {
        guard stop.kind == .refused else { return stop }
        var report = ReportDocument(
            manifest: source.reference, startedAt: startedAt, finishedAt: dates.now(), settings: source.settings,
            warnings: source.warnings, shard: source.shard, writes: source.writes, outcomes: [:], writeRequests: 0,
            calls: calls, interrupted: false, refused: stop.description)
        report.keepLists = source.keepLists
        do {
            try report.write(to: gate.context.reportPath)
            return stop
        } catch {
            return GateStop(.refused, "\(stop.description) (the refused report could not be written: \(error))")
        }
    }
}
