/// The command line's settings for the client (`--profile`, `--region`, `--endpoint-url`) and
/// tuning. The log level lives in the `Logger` passed alongside.
public struct ClientOptions: Sendable {
    /// `--profile`: explicit, so the environment's keys and web identity are skipped.
    public var profile: String?
    /// `--region`.
    public var region: String?
    /// `--endpoint-url` for CodeArtifact.
    public var endpointURL: String?
    /// The deadline of one attempt.
    public var requestTimeout: Duration
    /// Connections kept per host (the pool's soft limit); at least the run's concurrency.
    public var maxConnectionsPerHost: Int
    /// How failed attempts are retried.
    public var retryPolicy: RetryPolicy
    /// Refresh expiring credentials this long before they expire.
    public var credentialRefreshWindow: Duration

    /// Creates options.
    public init(
        profile: String? = nil, region: String? = nil, endpointURL: String? = nil,
        requestTimeout: Duration = .seconds(60), maxConnectionsPerHost: Int = 128,
        retryPolicy: RetryPolicy = RetryPolicy(), credentialRefreshWindow: Duration = .seconds(300)
    ) {
        self.profile = profile
        self.region = region
        self.endpointURL = endpointURL
        self.requestTimeout = requestTimeout
        self.maxConnectionsPerHost = maxConnectionsPerHost
        self.retryPolicy = retryPolicy
        self.credentialRefreshWindow = credentialRefreshWindow
    }
}
