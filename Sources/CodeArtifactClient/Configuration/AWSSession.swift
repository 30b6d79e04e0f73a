import AsyncHTTPClient
import CodeArtifactModel
import Foundation
import Logging
import NIOCore
import NIOSSL

/// One run's AWS plumbing: the resolved settings, the credentials (shared by every region),
/// the HTTP connection pools, the retry budgets and the request counters. Make one per run,
/// get a ``CodeArtifactService`` per region from it, and call ``shutdown()`` on every path
/// (or use ``withSession(options:environment:logger:clock:dates:isolation:_:)``, which does).
public final class AWSSession: Sendable {
    /// The options it was made with.
    public let options: ClientOptions
    /// The profile in use: `--profile`, else `AWS_PROFILE`, else `default`.
    public let profileName: String
    let environment: AWSEnvironment
    let logger: Logger
    /// Backoff sleeps on it.
    let clock: any Clock<Duration>
    /// Signing dates and credential expiry.
    let dates: DateSource
    let random: any RandomSource
    let redactor: SecretRedactor
    let recorder: StatisticsRecorder
    let budgets: RetryBudgets
    let credentialCache: CredentialCache
    let regions: RegionResolver
    let endpoints: EndpointResolver
    let serviceTransport: any HTTPTransport
    let signingKeys = SigningKeyCache()
    private let ownedClients: [HTTPClient]

    /// Creates a session on real connection pools: one direct, and one through `HTTPS_PROXY`
    /// when set; `AWS_CA_BUNDLE` replaces the trusted roots. Backoff sleeps on `clock`; signing
    /// and credential expiry read `dates`. Throws on unusable settings.
    public convenience init(
        options: ClientOptions, environment: AWSEnvironment, logger: Logger,
        clock: any Clock<Duration> = ContinuousClock(), dates: DateSource = .system
    ) throws {
        let proxy = try ProxySettings.fromEnvironment(environment)
        var tls: TLSConfiguration?
        if let bundle = environment["AWS_CA_BUNDLE"] {
            let path = environment.expandingHome(bundle)
            guard (try? environment.files.readFile(atPath: path)) != nil else {
                throw ClientConfigurationError.unreadableCABundle(path)
            }
            var configuration = TLSConfiguration.makeClientConfiguration()
            configuration.trustRoots = .file(path)
            tls = configuration
        }
        let direct = Self.makeHTTPClient(options: options, tls: tls, proxy: nil)
        var clients = [direct]
        let service: any HTTPTransport
        if let proxy {
            let proxied = Self.makeHTTPClient(options: options, tls: tls, proxy: proxy)
            clients.append(proxied)
            service = ProxyRoutingTransport(
                direct: AsyncHTTPTransport(client: direct), proxied: AsyncHTTPTransport(client: proxied),
                settings: proxy)
        } else {
            service = AsyncHTTPTransport(client: direct)
        }
        do {
            try self.init(
                options: options, environment: environment, logger: logger, transport: service,
                directTransport: AsyncHTTPTransport(client: direct), ownedClients: clients, clock: clock, dates: dates)
        } catch {
            for client in clients { try? client.syncShutdown() }
            throw error
        }
    }

    /// Creates a session on a given transport (used for CodeArtifact, STS and the credential
    /// endpoints alike), with injected time and randomness: for tests and harnesses.
    /// ``shutdown()`` does not touch the transport.
    public convenience init(
        options: ClientOptions, environment: AWSEnvironment, logger: Logger, transport: any HTTPTransport,
        clock: any Clock<Duration> = ContinuousClock(), dates: DateSource = .system,
        random: any RandomSource = SystemRandomSource()
    ) throws {
        try self.init(
            options: options, environment: environment, logger: logger, transport: transport,
            directTransport: transport, ownedClients: [], clock: clock, dates: dates, random: random)
    }

    private init(
        options: ClientOptions, environment: AWSEnvironment, logger: Logger, transport: any HTTPTransport,
        directTransport: any HTTPTransport, ownedClients: [HTTPClient], clock: any Clock<Duration>, dates: DateSource,
        random: any RandomSource = SystemRandomSource()
    ) throws {
        let profileName = options.profile ?? environment["AWS_PROFILE"] ?? "default"
        let shared = try SharedConfiguration.load(environment)
        let regions = RegionResolver(
            options: options, environment: environment, shared: shared, profileName: profileName)
        let endpoints = EndpointResolver(options: options, environment: environment)
        let redactor = SecretRedactor()
        let context = CredentialContext(
            environment: environment, stsTransport: transport, directTransport: directTransport,
            region: regions.defaultRegion, stsEndpoint: try endpoints.sts(region: regions.defaultRegion),
            dates: dates, redactor: redactor, logger: logger)
        self.options = options
        self.profileName = profileName
        self.environment = environment
        self.logger = logger
        self.clock = clock
        self.dates = dates
        self.random = random
        self.redactor = redactor
        self.recorder = StatisticsRecorder()
        self.budgets = RetryBudgets(capacity: options.retryPolicy.budgetCapacity)
        self.credentialCache = CredentialCache(
            providers: CredentialChain.providers(context: context, explicitProfile: options.profile), dates: dates,
            refreshWindow: options.credentialRefreshWindow, logger: logger)
        self.regions = regions
        self.endpoints = endpoints
        self.serviceTransport = transport
        self.ownedClients = ownedClients
    }

    /// Runs `body` with a new session and shuts the session down afterwards, also when
    /// `body` throws or is cancelled.
    public static func withSession<Result>(
        options: ClientOptions, environment: AWSEnvironment, logger: Logger,
        clock: any Clock<Duration> = ContinuousClock(), dates: DateSource = .system,
        isolation: isolated (any Actor)? = #isolation, _ body: (AWSSession) async throws -> Result
    ) async throws -> Result {
        let session = try AWSSession(
            options: options, environment: environment, logger: logger, clock: clock, dates: dates)
        let result: Result
        do {
            result = try await body(session)
        } catch {
            try? await session.shutdown()
            throw error
        }
        try await session.shutdown()
        return result
    }

    /// The region from `--region`, `AWS_REGION`, `AWS_DEFAULT_REGION` or the profile, if any.
    public var defaultRegion: String? { regions.defaultRegion }

    /// Whether `--endpoint-url`, `AWS_ENDPOINT_URL_CODEARTIFACT` or `AWS_ENDPOINT_URL` is set
    /// (one endpoint cannot serve a plan with several regions).
    public var hasExplicitEndpoint: Bool { endpoints.hasExplicitCodeArtifactEndpoint }

    /// A client for `region` (a target's; `nil` for the default), paced by `pacer`. Cheap:
    /// clients share this session's pools, credentials, budgets and counters.
    public func codeArtifact(region: String? = nil, pacer: (any RequestPacer)? = nil) throws -> CodeArtifactService {
        let region = try regions.resolve(region)
        return CodeArtifactService(
            session: self, region: region, endpoint: try endpoints.codeArtifact(region: region), pacer: pacer)
    }

    /// The credentials in use, resolving them if needed: lets a command fail early, before
    /// planning, when there are none.
    public func credentials() async throws -> AWSCredentials {
        try await credentialCache.current()
    }

    /// Requests, retries and throttles per operation so far, across all regions.
    public func statistics() -> ClientStatistics { recorder.snapshot() }

    /// Closes the connection pools. Call it exactly once, on every path, after the last request.
    public func shutdown() async throws {
        var firstError: (any Error)?
        for client in ownedClients {
            do { try await client.shutdown() } catch { firstError = firstError ?? error }
        }
        if let firstError { throw firstError }
    }

    private static func makeHTTPClient(options: ClientOptions, tls: TLSConfiguration?, proxy: ProxySettings?)
        -> HTTPClient
    {
        var configuration = HTTPClient.Configuration(
            tlsConfiguration: tls, redirectConfiguration: .disallow,
            timeout: .init(connect: .seconds(10), read: .seconds(120)),
            connectionPool: .init(
                idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: options.maxConnectionsPerHost),
            proxy: proxy.map { proxy in
                var authorization: HTTPClient.Authorization?
                if let username = proxy.username {
                    authorization = .basic(username: username, password: proxy.password ?? "")
                }
                return .server(host: proxy.host, port: proxy.port, authorization: authorization)
            })
        configuration.decompression = .disabled
        return HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    }
}
