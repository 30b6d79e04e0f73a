import ArgumentParser
import Foundation
import PruneEngine
import PruneManifest

/// `prune apply`: evaluate the whole plan and check every guard first, then act,
/// concurrently under the rate limits, and write the report.
struct ApplyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Act on a plan (a manifest or a saved plan) and write the report.",
        discussion: """
            Reads everything first (no write starts before the whole plan is evaluated and every \
            guard passed), then sends the writes concurrently at the account's quotas. Every planned \
            version ends up in the report, succeeded or failed.

            Examples:
              prune apply plan.yaml --yes                       nightly CI job
              prune apply plan.json                             exactly what `prune plan --out plan.json` saved
              prune apply --retry-failed prune-report.json      again, only what failed for a retryable cause
              prune apply plan.yaml --yes --sizes exact         the report says how many bytes were freed
              prune apply plan.yaml --yes --endpoint-url http://127.0.0.1:4566 --report out/report.json

            On a terminal a manifest shows the counts and asks first, unless --yes; without a \
            terminal a manifest needs --yes. A saved plan never asks.
            Exit codes: 0 all succeeded (or nothing to do), 3 some versions failed, 4 refused \
            (maxDeletions, conflicting targets), 1 error before any write or declined, 130 interrupted, \
            65 invalid input, 64 usage.
            """
    )

    @Argument(help: "A plan manifest (YAML) or a saved plan (JSON from `prune plan --out`).")
    var plan: String?

    @Option(help: "Act again on the versions of this report that failed for a retryable cause.")
    var retryFailed: String?

    @Flag(help: "Do not ask for confirmation.")
    var yes = false

    @Flag(help: "List every package in the preview (by default at most 20 per target, the biggest first).")
    var all = false

    @Option(help: "Where to write the report.")
    var report: String = "prune-report.json"

    @Option(help: "text (default) or json: the closing summary's format.")
    var format: SummaryFormat = .text

    @Option(
        help: ArgumentHelp(
            "Measure what a manifest's plan frees, in the read phase (exact or sample), for the report's bytesFreed. A saved plan's or report's sizes are reused without new calls.",
            valueName: "mode"))
    var sizes: SizingMode?

    @OptionGroup var global: GlobalOptions

    enum SummaryFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    func validate() throws {
        if plan == nil && retryFailed == nil {
            throw ValidationError("name a plan (YAML or saved JSON), or --retry-failed REPORT")
        }
        if plan != nil && retryFailed != nil {
            throw ValidationError("give either a plan or --retry-failed REPORT, not both")
        }
    }

    func run() async throws {
        let style = TextStyle(enabled: OutputStyle.useColor(on: .standardError, disabled: global.noColor))
        let job = try ApplyJob.prepare(command: self, style: style)
        do {
            try await job.run()
        } catch let failure as RunContext.Failure {
            OutputStyle.printError(style.error("error: ") + failure.message)
            throw failure.exit
        } catch let stop as GateStop {
            // Refusals print their own line (with the report's path); these wrote nothing.
            OutputStyle.printError(style.error("error: ") + stop.description + "; nothing was acted on")
            throw stop.kind == .usage ? PruneExit.usage : PruneExit.runtimeError
        }
    }
}
