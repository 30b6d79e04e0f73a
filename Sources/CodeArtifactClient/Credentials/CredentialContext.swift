import CodeArtifactModel
import Logging

/// What providers need: the environment, the ways out to the network, time, and the redactor.
struct CredentialContext: Sendable {
    /// Variables, files, processes.
    var environment: AWSEnvironment
    /// For STS (through the proxy when one is configured).
    var stsTransport: any HTTPTransport
    /// For the link-local and loopback credential endpoints (never through a proxy).
    var directTransport: any HTTPTransport
    /// The region for STS, if any source names one.
    var region: String?
    /// The STS endpoint.
    var stsEndpoint: ServiceEndpoint
    /// The wall clock (signing STS requests, session names, SSO token expiry).
    var dates: DateSource
    /// Learns every secret loaded, so logs and errors can hide them.
    var redactor: SecretRedactor
    /// The client's logger.
    var logger: Logger
}
