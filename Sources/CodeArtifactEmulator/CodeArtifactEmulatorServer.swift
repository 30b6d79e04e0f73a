import Foundation
import Hummingbird
import Inventory
import Logging
import NIOCore
import ServiceLifecycle

/// A running emulator, for tests and tools in the same process: it binds (port 0 picks a
/// free port), serves until ``shutdown()``, and exposes its state and counters.
///
/// ```swift
/// let emulator = try await CodeArtifactEmulatorServer.start(EmulatorConfiguration(inventory: seed))
/// defer { Task { try await emulator.shutdown() } }   // or use `withRunning`
/// let url = emulator.endpoint
/// ```
public final class CodeArtifactEmulatorServer: Sendable {
    /// The bound port.
    public let port: Int
    /// The bound host.
    public let host: String
    /// The configuration it started with.
    public let configuration: EmulatorConfiguration
    private let service: EmulatorService
    private let group: ServiceGroup
    private let task: Task<Void, any Error>

    private init(
        port: Int, host: String, configuration: EmulatorConfiguration, service: EmulatorService, group: ServiceGroup,
        task: Task<Void, any Error>
    ) {
        self.port = port
        self.host = host
        self.configuration = configuration
        self.service = service
        self.group = group
        self.task = task
    }

    /// `http://HOST:PORT`, for `--endpoint-url` and clients.
    public var endpoint: URL {
        URL(string: "http://\(host.contains(":") ? "[\(host)]" : host):\(port)")!
    }

    /// Starts serving and returns once the socket is bound.
    public static func start(_ configuration: EmulatorConfiguration) async throws -> CodeArtifactEmulatorServer {
        let service = EmulatorService(configuration: configuration)
        let bound = BoundPort()
        let application = makeApplication(configuration, service: service) { port in bound.succeed(port) }
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(services: [application], logger: application.logger))
        let task = Task {
            do {
                try await group.run()
                bound.fail(CancellationError())
            } catch {
                bound.fail(error)
                throw error
            }
        }
        do {
            let port = try await bound.value()
            return CodeArtifactEmulatorServer(
                port: port, host: configuration.host, configuration: configuration, service: service, group: group,
                task: task)
        } catch {
            await group.triggerGracefulShutdown()
            _ = await task.result
            throw error
        }
    }

    /// Starts an emulator, runs `body` with it, and shuts it down on every path (also when
    /// `body` throws).
    public static func withRunning<Result: Sendable>(
        _ configuration: EmulatorConfiguration,
        _ body: (CodeArtifactEmulatorServer) async throws -> Result
    ) async throws -> Result {
        let server = try await start(configuration)
        do {
            let result = try await body(server)
            try await server.shutdown()
            return result
        } catch {
            try? await server.shutdown()
            throw error
        }
    }

    /// Serves until SIGINT or SIGTERM (for the command-line tool); `onListening` gets the bound port.
    public static func serve(
        _ configuration: EmulatorConfiguration, onListening: @escaping @Sendable (Int) -> Void
    ) async throws {
        let service = EmulatorService(configuration: configuration)
        try await makeApplication(configuration, service: service, onListening: onListening).runService()
    }

    /// Stops serving: closes the listening socket, lets requests in flight finish and closes
    /// every connection. Safe to call twice.
    public func shutdown() async throws {
        await group.triggerGracefulShutdown()
        if case .failure(let error) = await task.result, !(error is CancellationError) {
            throw error
        }
    }

    /// What happened on the server so far.
    public var counters: EmulatorCounters { service.currentCounters }

    /// The current state (what `GET /_emulator/state` returns).
    public func inventory() -> Inventory { service.store.inventory() }

    /// Back to the seed (state, counters, quota buckets, fault generators).
    public func reset() { service.reset() }

    /// The current quotas.
    public var quotas: EmulatorQuotas {
        get { service.limiter.quotas }
        set { service.limiter.configure(newValue) }
    }

    /// The current faults (setting them restarts the generators from the seed).
    public var faults: EmulatorFaults {
        get { service.injector.faults }
        set { service.injector.configure(newValue) }
    }

    /// How status updates with failures behave.
    public var statusUpdates: EmulatorStatusUpdateMode {
        get { service.statusUpdates }
        set { service.statusUpdates = newValue }
    }

    private static func makeApplication(
        _ configuration: EmulatorConfiguration, service: EmulatorService,
        onListening: @escaping @Sendable (Int) -> Void
    ) -> some ApplicationProtocol {
        var logger = Logger(label: "codeartifact-emulator")
        logger.logLevel = configuration.logLevel
        return Application(
            responder: EmulatorResponder(service: service),
            configuration: ApplicationConfiguration(
                address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in onListening(channel.localAddress?.port ?? configuration.port) },
            logger: logger)
    }
}
