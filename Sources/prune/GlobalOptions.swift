import ArgumentParser
import PruneEngine

/// Flags every command that talks to AWS shares (docs/spec/product.md, "Common flags").
struct GlobalOptions: ParsableArguments {
    @Option(help: "Named profile from the shared AWS config/credentials files (skips environment credentials).")
    var profile: String?

    @Option(help: "Region for targets that name none (else AWS_REGION, AWS_DEFAULT_REGION, the profile's).")
    var region: String?

    @Option(
        name: .customLong("endpoint-url"),
        help: "CodeArtifact endpoint (also AWS_ENDPOINT_URL_CODEARTIFACT, AWS_ENDPOINT_URL), e.g. the emulator's.")
    var endpointURL: String?

    @Option(help: "trace|debug|info|notice|warning|error|critical; logs go to stderr.")
    var logLevel: String = "warning"

    @Flag(help: "Never colour the output (NO_COLOR does the same).")
    var noColor = false

    @Option(help: "Plan and act on shard K of N (0 ≤ K < N) of the packages; see the README.")
    var shard: String?

    func validate() throws {
        let levels = ["trace", "debug", "info", "notice", "warning", "error", "critical"]
        guard levels.contains(logLevel) else {
            throw ValidationError("--log-level must be one of \(levels.joined(separator: ", ")), not '\(logLevel)'")
        }
        if let shard, Shard(shard) == nil {
            throw ValidationError("--shard must be K/N with 0 ≤ K < N, like 0/4, not '\(shard)'")
        }
    }

    var parsedShard: Shard? { shard.flatMap(Shard.init) }
}
