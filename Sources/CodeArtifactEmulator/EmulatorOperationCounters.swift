/// What happened to one operation's requests on the server.
public struct EmulatorOperationCounters: Sendable, Hashable, Codable {
    /// Requests received (every one, whatever became of it).
    public var requests = 0
    /// Requests answered 429.
    public var throttled = 0
    /// Injected faults (500s, gateway pages and dropped connections).
    public var faults = 0
    /// Injected 500s.
    public var injectedErrors = 0
    /// Injected 502/503/504 pages from a load balancer (HTML, no `X-Amzn-ErrorType`).
    public var gatewayErrors = 0
    /// Injected dropped connections.
    public var droppedConnections = 0
    /// Injected faults that struck after the change had been made.
    public var faultsAfterChange = 0
    /// Answers by HTTP status code (`"200"`, `"404"`...); dropped connections are not answers.
    public var statuses: [String: Int] = [:]
    /// Error answers by `X-Amzn-ErrorType`.
    public var errors: [String: Int] = [:]
    /// Versions in `successfulVersions` of write answers.
    public var succeededVersions = 0
    /// Versions in `failedVersions` of write answers, by error code.
    public var failedVersions: [String: Int] = [:]

    /// Creates zeroed counters.
    public init() {}
}
