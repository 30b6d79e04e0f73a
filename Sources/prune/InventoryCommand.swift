import ArgumentParser
import CodeArtifactModel
import Foundation
import PruneAWS
import PruneEngine
import PruneManifest

/// `prune inventory`: a repository's state as an inventory file, for offline plans and the emulator.
struct InventoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inventory",
        abstract: "Write a repository's state (packages, versions, status, revision, origin, publish time) as JSON.",
        discussion: """
            The output is the inventory format: `prune plan --inventory` reads it offline, and the \
            emulator takes it as its seed. Publish times cost one DescribePackageVersion per version; \
            they run concurrently under the rate limits.

            Examples:
              prune inventory --domain acme --repository npm-store --out npm-store.json
              prune inventory --domain acme --domain-owner 111122223333 --repository maven-releases \\
                --format maven --namespace com.acme --region eu-west-1
              prune plan plan.yaml --inventory npm-store.json
              prune inventory --domain acme --repository npm-store --sizes --out npm-store.json

            Exit codes: 0 written, 1 runtime error (credentials, network, access, missing repository), 64 usage.
            """
    )

    @Option(help: "Domain name.")
    var domain: String

    @Option(help: "Domain owner (12 digits); default the caller's account.")
    var domainOwner: String?

    @Option(help: "Repository name.")
    var repository: String

    @Option(help: "Only this format (npm, pypi, maven, nuget, generic, ruby, swift, cargo).")
    var format: PackageFormat?

    @Option(help: "Only this namespace (exactly).")
    var namespace: String?

    @Option(help: "Write here instead of stdout.")
    var out: String?

    @Option(help: "Requests in flight at most.")
    var concurrency: Int = Settings.defaultConcurrency

    @Flag(help: "Record each version's assets (name, size): one ListPackageVersionAssets call per version, paced.")
    var sizes = false

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard NameRules.isDomainName(domain) else { throw ValidationError("'\(domain)' is not a valid domain name") }
        guard NameRules.isRepositoryName(repository) else {
            throw ValidationError("'\(repository)' is not a valid repository name")
        }
        if let domainOwner, !NameRules.isAccountId(domainOwner) {
            throw ValidationError("--domain-owner must be 12 digits, not '\(domainOwner)'")
        }
        guard (1...Settings.maximumConcurrency).contains(concurrency) else {
            throw ValidationError("--concurrency must be between 1 and \(Settings.maximumConcurrency)")
        }
    }

    func run() async throws {
        do {
            let inventory = try await RunContext.withService(manifest: nil, limits: Settings(), global: global) {
                service in
                try await InventoryExporter(
                    session: service.session, pacer: RateLimiterPacer(service.limiter), concurrency: concurrency,
                    sizes: sizes
                ).export(
                    domain: domain, domainOwner: domainOwner, repository: repository, region: global.region,
                    format: format?.rawValue, namespace: namespace)
            }
            let data = inventory.jsonData()
            if let out {
                try AtomicFile.write(data, to: out)
                OutputStyle.printError("wrote \(inventory.versionCount) versions to \(out)")
            } else {
                FileHandle.standardOutput.write(data)
            }
        } catch let failure as RunContext.Failure {
            OutputStyle.printError("error: \(failure.message)")
            throw failure.exit
        }
    }
}

extension PackageFormat: ExpressibleByArgument {}
