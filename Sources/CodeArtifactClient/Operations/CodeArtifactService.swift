/// CodeArtifact in one region: the six operations prune uses, signed, paced, retried.
///
/// Get one from ``AWSSession/codeArtifact(region:pacer:)``. Values are cheap and `Sendable`;
/// they share the session's connections, credentials, retry budgets and counters, and stop
/// working once the session is shut down.
public struct CodeArtifactService: Sendable {
    /// The region requests are signed for.
    public let region: String
    /// Where requests go.
    public let endpoint: ServiceEndpoint
    /// Awaited before every attempt and told every outcome.
    public let pacer: (any RequestPacer)?
    let session: AWSSession

    init(session: AWSSession, region: String, endpoint: ServiceEndpoint, pacer: (any RequestPacer)?) {
        self.session = session
        self.region = region
        self.endpoint = endpoint
        self.pacer = pacer
    }

    /// Requests, retries and throttles per operation so far (the session's, all regions).
    public func statistics() -> ClientStatistics { session.statistics() }
}
