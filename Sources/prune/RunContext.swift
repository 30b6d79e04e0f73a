import ArgumentParser
import CodeArtifactClient
import CodeArtifactModel
import Foundation
import Logging
import PruneAWS
import PruneEngine
import PruneManifest

/// Where a command gets repository state and sends writes: an inventory file (offline), or
/// one AWS session for the whole run, shut down on every path. Maps failures to exit codes.
enum RunContext {
    /// A failure with its exit code and a message for stderr.
    struct Failure: Error {
        var message: String
        var exit: ExitCode
    }

    /// What a run against the service holds: one session, one rate limiter per region.
    struct Service {
        let session: AWSSession
        let limiter: RegionalRateLimiters
        var source: ServiceSource { ServiceSource(session: session, pacer: RateLimiterPacer(limiter)) }
        var writer: ServiceWriter { ServiceWriter(session: session, pacer: RateLimiterPacer(limiter)) }

        /// Calls so far, for the report.
        var calls: ReportDocument.CallCounts {
            let total = session.statistics().total
            return ReportDocument.CallCounts(
                requests: total.requests, retries: total.retries, throttled: total.throttled)
        }
    }

    /// The run's time, wired here once: the real clock paces, backs off and times progress; the
    /// system's dates stamp plans and reports, sign requests and check credential expiry.
    static let clock = ContinuousClock()
    static let dates = DateSource.system

    static func logger(_ global: GlobalOptions) -> Logger {
        var logger = Logger(label: "prune", factory: { StreamLogHandler.standardError(label: $0) })
        logger.logLevel = Logger.Level(rawValue: global.logLevel) ?? .warning
        return logger
    }

    /// Runs `body` with a source: the inventory when given, else the service.
    static func withSource<Result: Sendable>(
        inventory: String?, manifest: Manifest, global: GlobalOptions,
        _ body: (any RepositorySource, String?) async throws -> Result
    ) async throws -> Result {
        if let inventory {
            let source = try loadInventory(inventory)
            return try await mapErrors { try await body(source, try offlineRegion(global)) }
        }
        let limits = global.parsedShard?.share(of: manifest.settings) ?? manifest.settings
        return try await withService(manifest: manifest, limits: limits, global: global) { service in
            try await body(service.source, service.session.defaultRegion)
        }
    }

    /// Runs `body` with a session and rate limiters at `limits` (a shard's share already taken).
    static func withService<Result: Sendable>(
        manifest: Manifest?, limits: Settings, global: GlobalOptions, _ body: (Service) async throws -> Result
    ) async throws -> Result {
        let options = ClientOptions(profile: global.profile, region: global.region, endpointURL: global.endpointURL)
        let limiter = RegionalRateLimiters(settings: limits, clock: clock)
        return try await mapErrors {
            try await AWSSession.withSession(
                options: options, environment: .current(), logger: logger(global), clock: clock, dates: dates
            ) { session in
                let regions = Set((manifest?.targets ?? []).compactMap(\.region))
                if session.hasExplicitEndpoint && regions.count > 1 {
                    throw Failure(
                        message:
                            "the plan names \(regions.count) regions (\(regions.sorted().joined(separator: ", "))) but one endpoint is set (--endpoint-url or AWS_ENDPOINT_URL*); run one region at a time",
                        exit: PruneExit.usage)
                }
                return try await body(Service(session: session, limiter: limiter))
            }
        }
    }

    /// The region an offline plan gives targets that name none: the same precedence as a
    /// session's (`--region`, `AWS_REGION`, `AWS_DEFAULT_REGION`, the profile), so offline and
    /// online plans of the same state are identical.
    static func offlineRegion(_ global: GlobalOptions) throws -> String? {
        let options = ClientOptions(profile: global.profile, region: global.region, endpointURL: global.endpointURL)
        return try AWSSession.defaultRegion(options: options, environment: .current())
    }

    static func loadInventory(_ path: String) throws -> InventorySource {
        do {
            return try InventorySource(contentsOf: path)
        } catch {
            throw Failure(message: "\(path): \(error)", exit: PruneExit.invalidInput)
        }
    }

    /// Planning and session failures become exit 1 with the library's own message.
    static func mapErrors<Result>(_ body: () async throws -> Result) async throws -> Result {
        do {
            return try await body()
        } catch let failure as Failure {
            throw failure
        } catch let error as PlanningError {
            throw Failure(message: error.description, exit: PruneExit.runtimeError)
        } catch let error as CodeArtifactError {
            throw Failure(message: error.description, exit: PruneExit.runtimeError)
        } catch let error as CredentialsError {
            throw Failure(message: error.description, exit: PruneExit.runtimeError)
        } catch let error as ClientConfigurationError {
            throw Failure(message: error.description, exit: PruneExit.runtimeError)
        } catch is CancellationError {
            throw Failure(message: "interrupted before anything was acted on", exit: PruneExit.interrupted)
        }
    }
}
