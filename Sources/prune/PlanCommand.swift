import ArgumentParser
import Foundation
import PruneEngine
import PruneManifest

/// `prune plan`: reads the repositories (or an inventory), evaluates, prints what would happen.
struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Preview exactly what a plan would do today.",
        discussion: """
            Reads every repository the plan names (or an inventory file), evaluates every rule, and \
            prints a table per target. Nothing is changed.

            Examples:
              prune plan plan.yaml --inventory examples/inventory.json
              prune plan plan.yaml --region us-east-1 --out plan.json
              prune plan plan.yaml --explain --package acme/ui-kit
              prune plan plan.yaml --all                  every package, not only the 20 biggest per target
              prune plan plan.yaml --format markdown >> "$GITHUB_STEP_SUMMARY"
              prune plan plan.yaml --detailed-exitcode || echo "exit 2: something to do"
              prune plan plan.yaml --sizes sample     # what it frees, ≈ from 3 versions per package

            Exit codes: 0 ok, 2 with --detailed-exitcode when something would be acted on, \
            4 refused (maxDeletions or conflicting targets), 1 runtime error, 65 invalid plan, 64 usage.
            """
    )

    @Argument(help: "The plan manifest (YAML).")
    var plan: String

    @Option(help: "Read repository state from this inventory file instead of AWS (no network).")
    var inventory: String?

    @Option(help: "text (default), json (the saved-plan document) or markdown.")
    var format: OutputFormat = .text

    @Flag(help: "Print every version's decision and each target's view of it.")
    var explain = false

    @Option(
        name: .customLong("package"), help: "With --explain: only this package (NAME or NAMESPACE/NAME); repeatable.")
    var packages: [String] = []

    @Option(help: "Save the resolved plan (JSON) for `prune apply`.")
    var out: String?

    @Flag(help: "List every package in the preview (by default at most 20 per target, the biggest first).")
    var all = false

    @Flag(help: "Exit 2 when the plan would act on something.")
    var detailedExitcode = false

    @Option(
        help: ArgumentHelp(
            "Preview as of another moment: RFC 3339, or +DURATION/-DURATION (e.g. +30d, --now=-2w) from settings.now or the clock.",
            valueName: "time"))
    var now: String?

    @Option(
        help: ArgumentHelp(
            "Measure what the plan frees: exact (every deleted or disposed version) or sample (3 per package and action, extrapolated).",
            valueName: "mode"))
    var sizes: SizingMode?

    @OptionGroup var global: GlobalOptions

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown
    }

    func run() async throws {
        let style = TextStyle(enabled: OutputStyle.useColor(on: .standardOutput, disabled: global.noColor))
        var (manifest, reference, keepLists) = try ManifestInput.load(plan, colored: style.enabled)
        let wallClock = RunContext.dates.now()
        if let now {
            guard let parsed = NowOption(now, base: manifest.settings.now ?? wallClock) else {
                OutputStyle.printError(
                    "error: --now '\(now)' is neither an RFC 3339 time (2027-01-01T00:00:00Z) nor +DURATION/-DURATION (+30d, -2w)"
                )
                throw PruneExit.usage
            }
            manifest.settings.now = parsed.now
        }
        let asOf = manifest.settings.now ?? wallClock
        let planned: Plan
        do {
            planned = try await RunContext.withSource(inventory: inventory, manifest: manifest, global: global) {
                source, region in
                try await Planner(
                    manifest: manifest, reference: reference, source: source, now: asOf,
                    defaultRegion: region, shard: global.parsedShard, explain: explain, keepLists: keepLists,
                    sizes: sizes, dates: RunContext.dates
                ).plan()
            }
        } catch let error as RunContext.Failure {
            OutputStyle.printError("error: \(error.message)")
            throw error.exit
        }
        // The document (an entry per version) only when it is printed, saved or explained:
        // the previews need a row per package, not a million entries.
        let needsDocument = format == .json || out != nil || (format == .text && explain)
        let document = needsDocument ? PlanDocument(planned, explain: explain) : nil
        let renderer = PlanTextRenderer(
            preview: PlanPreview(planned), style: style,
            packageLimit: all ? nil : PlanTextRenderer.defaultPackageLimit,
            storagePrice: manifest.settings.storagePrice)
        if format != .json, let note = NowOption.note(now: asOf, wallClock: wallClock) {
            print(style.warning(note))
        }
        switch format {
        case .text:
            print(renderer.text(), terminator: "")
            if explain, let document { print(renderer.explain(document, packages: packages), terminator: "") }
        case .markdown:
            print(renderer.markdown(), terminator: "")
        case .json:
            if let document { FileHandle.standardOutput.write(try document.encoded()) }
        }
        if let out, let document {
            if planned.refusal != nil {
                OutputStyle.printError("not writing \(out): the plan is refused")
            } else {
                try AtomicFile.write(try document.encoded(), to: out)
                OutputStyle.printError("saved the plan to \(out); apply it with: prune apply \(out)")
            }
        }
        if planned.refusal != nil { throw PruneExit.refused }
        if detailedExitcode && planned.actionCount > 0 { throw PruneExit.wouldAct }
    }
}
