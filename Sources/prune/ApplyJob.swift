import ArgumentParser
import Foundation
import KeepLists
import PruneEngine
import PruneManifest

/// One `prune apply` run: where the writes come from (manifest, saved plan, report), the
/// read phase when there is one, the guards, the confirmation, the write phase, the report.
struct ApplyJob {
    enum Input {
        case manifest(Manifest, ManifestReference, KeepListSet)
        case savedPlan(PlanDocument)
        case retry(ReportDocument)
    }

    let command: ApplyCommand
    let style: TextStyle
    let input: Input

    static func prepare(command: ApplyCommand, style: TextStyle) throws -> ApplyJob {
        if let path = command.retryFailed {
            let report = try loadDocument(ReportDocument.self, path)
            try refuseInvalid(report.validationProblems(), path)
            return ApplyJob(command: command, style: style, input: .retry(report))
        }
        let path = command.plan!
        guard let data = FileManager.default.contents(atPath: path) else {
            OutputStyle.printError("error: cannot read '\(path)'")
            throw PruneExit.usage
        }
        if DocumentLoader.kind(of: data, path: path) == .savedPlan {
            let document = try loadDocument(PlanDocument.self, path)
            try refuseInvalid(document.validationProblems(), path)
            guard document.planVersion == 1 else {
                OutputStyle.printError(
                    "error: \(path): planVersion \(document.planVersion) is not supported (this prune reads 1)")
                throw PruneExit.invalidInput
            }
            return ApplyJob(command: command, style: style, input: .savedPlan(document))
        }
        let interactive = isatty(STDIN_FILENO) == 1 && isatty(STDERR_FILENO) == 1
        if !interactive && !command.yes {
            OutputStyle.printError(
                "error: applying a manifest without a terminal needs --yes (or apply a saved plan: prune plan \(path) --out plan.json, then prune apply plan.json)"
            )
            throw PruneExit.usage
        }
        let (manifest, reference, keepLists) = try ManifestInput.load(path, colored: style.enabled)
        return ApplyJob(command: command, style: style, input: .manifest(manifest, reference, keepLists))
    }

    /// Prints each problem located by its JSON path and exits 65; nothing reaches the network.
    static func refuseInvalid(_ problems: [String], _ path: String) throws {
        guard !problems.isEmpty else { return }
        for problem in problems.prefix(50) { OutputStyle.printError("error: \(path): \(problem)") }
        if problems.count > 50 { OutputStyle.printError("error: \(path): \(problems.count - 50) more problems") }
        throw PruneExit.invalidInput
    }

    static func loadDocument<Document: Decodable>(_ type: Document.Type, _ path: String) throws -> Document {
        do {
            return try DocumentLoader.load(type, path: path)
        } catch {
            OutputStyle.printError("error: \(error.description)")
            throw PruneExit.invalidInput
        }
    }

    /// The rate budgets of the run: a manifest's settings shared among shards here (once);
    /// a saved plan's or a report's as written (their share was taken when they were made).
    var limits: Settings {
        switch input {
        case .manifest(let manifest, _, _):
            return command.global.parsedShard?.share(of: manifest.settings) ?? manifest.settings
        case .savedPlan(let document): return document.settings.settings
        case .retry(let report): return report.settings.settings
        }
    }

    var manifest: Manifest? {
        if case .manifest(let manifest, _, _) = input { return manifest }
        return nil
    }

    /// Runs both phases with SIGINT/SIGTERM trapped from the start.
    func run() async throws {
        let interruption = RunInterruption()
        let trap = SignalTrap(grace: 10, onStop: { interruption.firstSignal() }, onForce: { interruption.force() })
        defer { trap.cancel() }
        let task = Task { try await runPhases(interruption) }
        interruption.attach(task)
        do {
            try await task.value
        } catch let exit as ExitCode {
            throw exit
        } catch let stop as GateStop {
            throw stop
        } catch  where interruption.isStopped {
            throw RunContext.Failure(
                message: "interrupted before any write; nothing was acted on", exit: PruneExit.interrupted)
        }
    }

    /// Phase 1 (reads, for a manifest) here; the gate, the confirmation, phase 2 (writes) and
    /// the report in the engine's `ApplyRun`, which is the only way to the writer.
    func runPhases(_ interruption: RunInterruption) async throws {
        let startedAt = RunContext.dates.now()
        try await RunContext.withService(manifest: manifest, limits: limits, global: command.global) { service in
            let source = try await writeSource(service)
            let context = SafetyGate.Context(
                wallClock: RunContext.dates.now(), shard: command.global.parsedShard,
                defaultRegion: service.session.defaultRegion,
                reportPath: command.report, readiness: service.writer)
            let progress = ProgressReporter(
                interactive: style.enabled && isatty(STDERR_FILENO) == 1, clock: RunContext.clock)
            let outcome: ApplyRun.Outcome
            do {
                outcome = try await ApplyRun(
                    source: source, context: context, startedAt: startedAt, dates: RunContext.dates
                ).run(
                    writer: service.writer, calls: { service.calls }, confirm: { command.yes || confirm($0) },
                    beginWrites: { interruption.beginWrites() }, stop: interruption.stop, progress: progress.update)
            } catch let stop as GateStop where stop.kind == .refused {
                OutputStyle.printError(style.error("refused: ") + stop.description + " (report: \(command.report))")
                throw PruneExit.refused
            }
            progress.finish()
            guard case .finished(let report) = outcome else {
                OutputStyle.printError("declined: nothing was acted on")
                throw PruneExit.runtimeError
            }
            ApplySummary(report: report, path: command.report, style: style).print(format: command.format)
            if report.interrupted == true { throw PruneExit.interrupted }
            if report.summary.failed > 0 { throw PruneExit.partialFailure }
        }
    }

    /// What this input would write: a manifest is planned now (its preview printed first).
    func writeSource(_ service: RunContext.Service) async throws -> WriteSource {
        switch input {
        case .manifest(let manifest, let reference, let keepLists):
            let plan = try await Planner(
                manifest: manifest, reference: reference, source: service.source,
                now: manifest.settings.now ?? RunContext.dates.now(),
                defaultRegion: service.session.defaultRegion, shard: command.global.parsedShard, keepLists: keepLists,
                sizes: command.sizes, dates: RunContext.dates
            ).plan()
            let renderer = PlanTextRenderer(
                preview: PlanPreview(plan), style: style,
                packageLimit: command.all ? nil : PlanTextRenderer.defaultPackageLimit,
                storagePrice: manifest.settings.storagePrice)
            OutputStyle.printError(renderer.text(), terminator: "")
            return .plan(plan)
        case .savedPlan(let document):
            return .savedPlan(document)
        case .retry(let report):
            return .report(report)
        }
    }

    /// Shows the counts and reads y/N from the terminal.
    func confirm(_ approved: ApprovedWrites) -> Bool {
        let counts = approved.countsByAction
        let text = counts.keys.sorted { $0.rawValue < $1.rawValue }.map { "\($0.rawValue) \(counts[$0] ?? 0)" }
            .joined(separator: ", ")
        OutputStyle.printError("Act on \(approved.writes.count) versions (\(text))? [y/N] ", terminator: "")
        guard let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() else { return false }
        return answer == "y" || answer == "yes"
    }
}
