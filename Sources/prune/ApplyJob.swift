import ArgumentParser
import Foundation
import PruneEngine
import PruneManifest

/// One `prune apply` run: where the writes come from (manifest, saved plan, report), the
/// read phase when there is one, the guards, the confirmation, the write phase, the report.
struct ApplyJob {
    enum Input {
        case manifest(Manifest, ManifestReference)
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
        let (manifest, reference) = try ManifestInput.load(path, colored: style.enabled)
        return ApplyJob(command: command, style: style, input: .manifest(manifest, reference))
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

    var settings: Settings {
        switch input {
        case .manifest(let manifest, _): return manifest.settings
        case .savedPlan(let document): return document.settings.settings
        case .retry(let report): return report.settings.settings
        }
    }

    var manifest: Manifest? {
        if case .manifest(let manifest, _) = input { return manifest }
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
        } catch  where interruption.isStopped {
            throw RunContext.Failure(
                message: "interrupted before any write; nothing was acted on", exit: PruneExit.interrupted)
        }
    }

    func runPhases(_ interruption: RunInterruption) async throws {
        let startedAt = Date()
        try await RunContext.withService(manifest: manifest, settings: settings, global: command.global) { service in
            // Phase 1: reads and guards. Nothing is written before this is complete.
            let prepared = try await writes(service)
            if let refusal = prepared.refused {
                let report = ReportDocument(
                    manifest: prepared.reference, startedAt: startedAt, finishedAt: Date(), settings: settings,
                    warnings: prepared.warnings, shard: command.global.shard, writes: prepared.writes,
                    outcomes: [:], writeRequests: 0, calls: service.calls, interrupted: false, refused: refusal)
                try report.write(to: command.report)
                OutputStyle.printError(style.error("refused: ") + refusal + " (report: \(command.report))")
                throw PruneExit.refused
            }
            if case .manifest = input, !command.yes, !confirm(prepared.writes) {
                OutputStyle.printError("declined: nothing was acted on")
                throw PruneExit.runtimeError
            }
            // Phase 2: writes.
            interruption.beginWrites()
            let result = await write(prepared.writes, service: service, stop: interruption.stop)
            let report = ReportDocument(
                manifest: prepared.reference, startedAt: startedAt, finishedAt: Date(), settings: settings,
                warnings: prepared.warnings, shard: command.global.shard, writes: prepared.writes,
                outcomes: result.outcomes, writeRequests: result.writeRequests, calls: service.calls,
                interrupted: result.interrupted)
            try report.write(to: command.report)
            ApplySummary(report: report, path: command.report, style: style).print(format: command.format)
            if result.interrupted { throw PruneExit.interrupted }
            if report.summary.failed > 0 { throw PruneExit.partialFailure }
        }
    }

    struct Prepared {
        var writes: [PlannedWrite]
        var reference: ManifestReference
        var warnings: [String]
        var refused: String?
    }

    /// The versions to act on, from a fresh plan, a saved plan or a report.
    func writes(_ service: RunContext.Service) async throws -> Prepared {
        switch input {
        case .manifest(let manifest, let reference):
            let plan = try await Planner(
                manifest: manifest, reference: reference, source: service.source, now: manifest.settings.now ?? Date(),
                defaultRegion: service.session.defaultRegion, shard: command.global.parsedShard
            ).plan()
            let document = PlanDocument(plan)
            let renderer = PlanTextRenderer(document: document, style: style)
            OutputStyle.printError(renderer.text(), terminator: "")
            // A refused plan's report lists what it would have acted on, all NOT_ATTEMPTED.
            let writes = document.actions.compactMap(PlannedWrite.init)
            return Prepared(
                writes: writes, reference: reference, warnings: plan.warnings, refused: plan.refusal?.description)
        case .savedPlan(let document):
            let writes = document.actions.compactMap(PlannedWrite.init)
            let deletions = writes.count { $0.action.isIrreversible }
            let limit = document.settings.maxDeletions
            let refused =
                deletions > limit ? PlanRefusal.maxDeletions(planned: deletions, limit: limit).description : nil
            return Prepared(writes: writes, reference: document.manifest, warnings: document.warnings, refused: refused)
        case .retry(let report):
            return Prepared(
                writes: report.retryableWrites, reference: report.manifest, warnings: report.warnings, refused: nil)
        }
    }

    /// Shows the counts and reads y/N from the terminal.
    func confirm(_ writes: [PlannedWrite]) -> Bool {
        guard !writes.isEmpty else { return true }
        let counts = Dictionary(grouping: writes, by: \.action.rawValue).mapValues(\.count)
        let text = counts.keys.sorted().map { "\($0) \(counts[$0]!)" }.joined(separator: ", ")
        OutputStyle.printError("Act on \(writes.count) versions (\(text))? [y/N] ", terminator: "")
        guard let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() else { return false }
        return answer == "y" || answer == "yes"
    }

    /// The write phase, with progress; `stop` is set by the first signal.
    func write(_ writes: [PlannedWrite], service: RunContext.Service, stop: StopSignal) async -> ApplyRunner.Result {
        let progress = ProgressReporter(interactive: style.enabled && isatty(STDERR_FILENO) == 1)
        let result = await ApplyRunner(
            writes: writes, writer: service.writer, concurrency: settings.concurrency, stop: stop,
            progress: progress.update
        ).run()
        progress.finish()
        return result
    }
}
