import ArgumentParser
import PruneManifest

/// `prune schema`: the manifest's JSON Schema, for editors.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of the plan manifest.",
        discussion: """
            Draft-07, as yaml-language-server reads it: save it and point your plan at it for \
            completion and checks while you type. `prune validate` checks more than a schema can \
            (inheritance from defaults, glob and regex syntax).

            Examples:
              prune schema > prune.schema.json
              # then, first line of plan.yaml:
              # yaml-language-server: $schema=./prune.schema.json
            """
    )

    func run() throws {
        print(ManifestSchema.json(), terminator: "")
    }
}
