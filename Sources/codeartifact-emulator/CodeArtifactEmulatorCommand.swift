import ArgumentParser
import CodeArtifactEmulator
import CodeArtifactModel
import Foundation
import Inventory
import Logging

/// `codeartifact-emulator`: a CodeArtifact look-alike on loopback, seeded from an inventory.
@main
struct CodeArtifactEmulatorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "codeartifact-emulator",
        abstract: "Serve the CodeArtifact operations prune uses, from an inventory file, on loopback.",
        discussion: """
            Operations: ListPackages, ListPackageVersions, DescribePackageVersion, DeletePackageVersions,
            DisposePackageVersions, UpdatePackageVersionsStatus (REST-JSON, SigV4-verified, as the AWS model binds them).
            The first line on stdout is the bound port alone; logs go to stderr. SIGINT/SIGTERM stop it.

            Credentials: AKID:SECRET[:TOKEN][,expires=RFC3339]. Without --credentials the demo pair
            AKIDEMULATOR / emulator-secret is accepted. A domain-owner other than --account-id that owns no
            domain here is refused with AccessDeniedException; a missing domain is ResourceNotFoundException.

            Quotas (--quota, comma-separated, applied left to right to AWS's defaults):
              NAME=RATE[/BURST]   NAME: an operation, reads, writes or all; BURST defaults to one second of RATE
              NAME=off            no limit for NAME;  scale=F  multiply every limit;  aws | off  defaults | none
              Defaults: ListPackages 200/s, ListPackageVersions 200/s, reads 800/s, writes 100/s.
              Over quota: 429 ThrottlingException, Retry-After = whole seconds until a token is free (>= 1).

            Faults (--faults, comma-separated; TARGET= switches the operation(s) the next items apply to):
              TARGET=...          an operation, reads, writes or all (the default target)
              500:P  drop:P       probability (0..1 or 5%) of a 500 InternalServerException / a dropped connection
              gateway:P           probability of a load balancer's 502/503/504 HTML page (no X-Amzn-ErrorType)
                                  the probabilities of a target add up to at most 1
              latency:D[+J]       added latency, fixed plus uniform jitter (20ms, 1s, 250us)
              when:before|after|either   when errors, pages and drops strike relative to the change (default either)
              off                 no faults for the target;  seed=N  the seed (same seed, same faults)

            Admin (no signature): GET /_emulator/health, GET /_emulator/state (inventory JSON),
            POST /_emulator/reset, GET /_emulator/counters, GET|POST /_emulator/config
            ({"quotas": "...", "faults": "...", "statusUpdates": "all-or-nothing"}).

            Examples:
              codeartifact-emulator --inventory examples/inventory.json --port 8080
              codeartifact-emulator --generate packages=2000,versions=50,seed=1 --port 0
              codeartifact-emulator --inventory inv.json --quota scale=20 --faults all=500:0.05,drop:0.02,seed=7
              codeartifact-emulator --inventory inv.json --faults DeletePackageVersions=latency:20ms+10ms,when:after
              codeartifact-emulator --inventory inv.json --faults writes=gateway:0.55,when:either,seed=3
              codeartifact-emulator --inventory inv.json --credentials AKIDTEST:secret:token,expires=2026-12-01T00:00:00Z
              AWS_ACCESS_KEY_ID=AKIDEMULATOR AWS_SECRET_ACCESS_KEY=emulator-secret \\
                aws codeartifact list-packages --domain acme --repository npm-store \\
                --endpoint-url http://127.0.0.1:8080 --region us-east-1
            """)

    @Option(name: .long, help: "Seed the state from this inventory JSON file.")
    var inventory: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Seed a synthetic inventory: packages=N,versions=M[,seed=S][,formats=npm+maven][,repository=NAME][,now=RFC3339].",
            valueName: "spec"))
    var generate: String?

    @Option(name: .long, help: "Also write the seed inventory to this file (to plan offline against the same state).")
    var writeSeed: String?

    @Option(name: .long, help: "The address to bind.")
    var host: String = "127.0.0.1"

    @Option(name: .long, help: "The port; 0 picks a free one. The bound port is printed alone on stdout's first line.")
    var port: Int = 0

    @Option(name: .long, help: "The caller's account id (used when a request has no domain-owner).")
    var accountId: String = "111122223333"

    @Option(name: .long, help: "The region requests must be signed for.")
    var region: String = "us-east-1"

    @Option(name: .long, help: ArgumentHelp("Accepted credentials (repeatable).", valueName: "AKID:SECRET[:TOKEN]"))
    var credentials: [String] = []

    @Flag(name: .long, help: "Accept unsigned requests (demos only; verification is on by default).")
    var noAuth = false

    @Option(
        name: .long, help: ArgumentHelp("Quotas (repeatable), e.g. writes=20,ListPackages=50/100.", valueName: "spec"))
    var quota: [String] = []

    @Option(
        name: .long, help: ArgumentHelp("Faults (repeatable), e.g. all=500:0.05,drop:0.02,seed=1.", valueName: "spec"))
    var faults: [String] = []

    @Option(name: .long, help: "Status updates with a failure: per-version or all-or-nothing.")
    var statusUpdates: String = "per-version"

    @Option(name: .long, help: "Log level for stderr: trace, debug, info, notice, warning, error, critical.")
    var logLevel: String = "warning"

    func validate() throws {
        if (inventory == nil) == (generate == nil) {
            throw ValidationError("give exactly one of --inventory FILE or --generate packages=N,versions=M")
        }
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0...65535") }
        guard NameRules.isAccountId(accountId) else { throw ValidationError("--account-id must be 12 digits") }
        guard EmulatorStatusUpdateMode(rawValue: statusUpdates) != nil else {
            throw ValidationError("--status-updates must be per-version or all-or-nothing")
        }
        guard Logger.Level(rawValue: logLevel) != nil else {
            throw ValidationError("unknown --log-level '\(logLevel)'")
        }
    }

    func run() async throws {
        var configuration = EmulatorConfiguration(
            host: host, port: port, accountId: accountId, region: region, verifiesSignatures: !noAuth,
            statusUpdates: EmulatorStatusUpdateMode(rawValue: statusUpdates)!,
            logLevel: Logger.Level(rawValue: logLevel)!)
        do {
            if !credentials.isEmpty { configuration.credentials = try credentials.map(EmulatorCredential.parse) }
            for text in quota { configuration.quotas = try EmulatorQuotas.parse(text, base: configuration.quotas) }
            for text in faults { configuration.faults = try EmulatorFaults.parse(text, base: configuration.faults) }
            if let generate {
                configuration.inventory = try InventoryGenerator.parse(generate, owner: accountId).generate()
            }
        } catch {
            throw ValidationError(error.description)
        }
        if let inventory {
            do {
                configuration.inventory = try Inventory(contentsOf: URL(fileURLWithPath: inventory))
            } catch {
                FileHandle.standardError.write(Data("codeartifact-emulator: \(inventory): \(error)\n".utf8))
                throw ExitCode(65)
            }
        }
        if let writeSeed { try configuration.inventory.write(to: URL(fileURLWithPath: writeSeed)) }
        let summary =
            "\(configuration.inventory.versionCount) versions, account \(accountId), region \(region), "
            + (noAuth
                ? "signatures NOT verified"
                : "credentials \(configuration.credentials.map(\.description).joined(separator: " "))")
        let host = host
        try await CodeArtifactEmulatorServer.serve(configuration) { port in
            FileHandle.standardOutput.write(Data("\(port)\n".utf8))
            FileHandle.standardError.write(
                Data("codeartifact-emulator: listening on http://\(host):\(port) (\(summary))\n".utf8))
        }
    }
}
