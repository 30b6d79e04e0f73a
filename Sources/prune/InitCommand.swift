import ArgumentParser
import CodeArtifactModel
import Foundation
import Inventory
import PruneEngine
import PruneManifest

/// `prune init`: lists a domain and writes a conservative, commented starter plan whose
/// `maxDeletions` is exactly what it deletes today, then previews it.
struct InitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a conservative starter plan for a domain.",
        discussion: """
            Lists the domain's repositories and the formats in each (reads only, paced like \
            `prune plan`) and writes one target per repository and format: pre-releases and \
            snapshots older than 30 days, keeping the 10 newest of them and anything newer than \
            30 days. settings.maxDeletions is exactly the number of versions it deletes today, so \
            the first apply acts on nothing more than the preview shows. Ends with that preview \
            (on stderr when the plan goes to stdout) and the next command to run.

            Examples:
              prune init --domain acme --out plan.yaml
              prune init --domain acme --domain-owner 111122223333 --region eu-west-1 > plan.yaml
              prune init --inventory examples/inventory.json --out plan.yaml
              prune init --domain acme --out plan.yaml --force     replace an existing plan.yaml

            Exit codes: 0 written, 1 runtime error or a domain with no package (nothing written), \
            64 usage (among them --out naming an existing file without --force), 65 invalid inventory.
            """
    )

    @Option(help: "The domain to list (with --inventory: needed only when it holds several).")
    var domain: String?

    @Option(help: "The domain's owner (12 digits); default: the caller's account.")
    var domainOwner: String?

    @Option(help: "Read the domain from this inventory file instead of AWS (no network).")
    var inventory: String?

    @Option(help: "Write the plan here (default: stdout).")
    var out: String?

    @Flag(help: "Replace the --out file when it exists.")
    var force = false

    /// A past moment to plan as of (RFC 3339), for reproducible tests and examples. Never a
    /// future one: a look-ahead would count versions that are still young into maxDeletions.
    @Option(help: .hidden)
    var now: String?

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if let now {
            guard let date = InventoryTimestamp.parse(now) else {
                throw ValidationError("--now: not an RFC 3339 time: \(now)")
            }
            if date > RunContext.dates.now().addingTimeInterval(300) {
                throw ValidationError("--now lies in the future; prune init counts maxDeletions as of now or earlier")
            }
        }
        if domain == nil && inventory == nil {
            throw ValidationError("name the domain: --domain D (or --inventory FILE)")
        }
        if let out, !force, FileManager.default.fileExists(atPath: out) {
            throw ValidationError("\(out) exists; prune init never overwrites a plan: add --force to replace it")
        }
    }

    func run() async throws {
        let path = out ?? "plan.yaml"
        let made: StarterPlanner.Result?
        let domainName: String
        do {
            if let inventory {
                let source = try RunContext.loadInventory(inventory)
                domainName = try domain ?? onlyDomain(source)
                made = try await RunContext.mapErrors {
                    try await planner(domainName, region: try RunContext.offlineRegion(global), source, source, path)
                        .make()
                }
            } else {
                domainName = domain!
                made = try await RunContext.withService(manifest: nil, limits: Settings(), global: global) { service in
                    try await planner(
                        domainName, region: service.session.defaultRegion, service.source, service.source, path
                    )
                    .make()
                }
            }
        } catch let failure as RunContext.Failure {
            OutputStyle.printError("error: \(failure.message)")
            throw failure.exit
        }
        guard let made else {
            OutputStyle.printError(
                "error: domain '\(domainName)' holds no package: there is nothing to prune, and nothing was written")
            throw PruneExit.runtimeError
        }
        if let out {
            try AtomicFile.write(Data(made.yaml.utf8), to: out)
        } else {
            print(made.yaml, terminator: "")
        }
        let onStdout = out != nil
        let style = TextStyle(
            enabled: OutputStyle.useColor(on: onStdout ? .standardOutput : .standardError, disabled: global.noColor))
        let preview = PlanTextRenderer(preview: PlanPreview(made.plan), style: style).text()
        if onStdout { print(preview, terminator: "") } else { OutputStyle.printError(preview, terminator: "") }
        let deletions = made.plan.deletionCount
        OutputStyle.printError(
            "\nwrote \(out ?? "the plan to stdout") (maxDeletions \(deletions): what it deletes today). Next: "
                + "review it, then prune plan \(out ?? "plan.yaml")")
    }

    /// The planner for `domainName`; the plan records the region only when it was given.
    func planner(
        _ domainName: String, region: String?, _ lister: any DomainLister, _ source: any RepositorySource,
        _ path: String
    ) -> StarterPlanner {
        StarterPlanner(
            domain: RepositoryCoordinates(region: region, domain: domainName, domainOwner: domainOwner, repository: ""),
            lister: lister, source: source, now: now.flatMap(InventoryTimestamp.parse) ?? RunContext.dates.now(),
            path: path,
            writtenRegion: global.region, dates: RunContext.dates)
    }

    /// The inventory's one domain, when --domain is not given.
    func onlyDomain(_ source: InventorySource) throws -> String {
        let names = source.domainNames
        guard names.count == 1 else {
            throw RunContext.Failure(
                message:
                    "the inventory holds \(names.count) domains (\(names.joined(separator: ", "))); choose one with --domain",
                exit: PruneExit.usage)
        }
        return names[0]
    }
}
