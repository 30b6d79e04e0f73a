import ArgumentParser

/// The `prune` command: wires subcommands; all logic lives in the libraries.
@main
struct Prune: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prune",
        abstract: "Declarative retention for AWS CodeArtifact.",
        discussion: """
            Write down in a reviewed YAML plan which package versions may go, check it, and \
            (in later releases) preview and apply it.

            Examples:
              prune validate plan.yaml              check a plan, no network
              prune validate examples/*.yaml        check several plans at once
              prune schema > prune.schema.json      JSON Schema for editors

            Exit codes: 0 success, 64 usage error, 65 invalid plan.
            Not built yet: plan, apply, inventory (see the README's status section).
            """,
        version: pruneVersion,
        subcommands: [
            ValidateCommand.self, PlanCommand.self, ApplyCommand.self, InventoryCommand.self, SchemaCommand.self,
        ]
    )
}
