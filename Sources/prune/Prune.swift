import ArgumentParser

/// The `prune` command: wires subcommands; all logic lives in the libraries.
@main
struct Prune: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prune",
        abstract: "Declarative retention for AWS CodeArtifact.",
        discussion: """
            Write down in a reviewed YAML plan which package versions may go, preview exactly \
            what that means today, and apply it from CI: concurrently, under the account's quotas, \
            behind one safety gate, with a JSON report that accounts for every version.

            Examples:
              prune init --domain acme --out plan.yaml                a conservative starter plan
              prune validate plan.yaml                                check a plan, no network
              prune plan plan.yaml --inventory inventory.json         preview offline
              prune plan plan.yaml --out plan.json                    preview against AWS and save it
              prune apply plan.json                                   act on exactly what was saved
              prune apply plan.yaml --yes                             nightly CI job
              prune apply --retry-failed prune-report.json            again, only what failed for a retryable cause
              prune inventory --domain acme --repository npm-store    the repository's state as JSON
              prune schema > prune.schema.json                        JSON Schema for editors

            Exit codes:
            \(PruneExit.helpText)
            """,
        version: pruneVersion,
        subcommands: [
            InitCommand.self, ValidateCommand.self, PlanCommand.self, ApplyCommand.self, InventoryCommand.self,
            SchemaCommand.self,
        ]
    )
}
