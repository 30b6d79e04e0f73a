import CodeArtifactModel
import Inventory
import Logging

/// Everything an emulator needs to start.
public struct EmulatorConfiguration: Sendable {
    /// The address to bind (default loopback).
    public var host: String
    /// The port; 0 picks a free one (read it from the server afterwards).
    public var port: Int
    /// The caller's account: used where a request names no `domain-owner`, and the owner of
    /// inventory domains that name none.
    public var accountId: String
    /// The region requests must be signed for.
    public var region: String
    /// The seed state.
    public var inventory: Inventory
    /// The accepted credential sets.
    public var credentials: [EmulatorCredential]
    /// Whether SigV4 is verified (on by default; off only for demos with unsigned clients).
    public var verifiesSignatures: Bool
    /// Request quotas.
    public var quotas: EmulatorQuotas
    /// Injected faults.
    public var faults: EmulatorFaults
    /// How status updates with failures behave.
    public var statusUpdates: EmulatorStatusUpdateMode
    /// The quota buckets' time and the injected latency's sleeps.
    public var clock: any Clock<Duration>
    /// Where signature dates and credential expiry are checked against.
    public var dates: DateSource
    /// The server's log level (default `warning`).
    public var logLevel: Logger.Level

    /// Creates a configuration; the defaults are AWS's quotas, no faults, the demo credentials,
    /// account `111122223333`, region `us-east-1`, loopback and a free port.
    public init(
        inventory: Inventory = Inventory(), host: String = "127.0.0.1", port: Int = 0,
        accountId: String = "111122223333", region: String = "us-east-1",
        credentials: [EmulatorCredential] = [.demo], verifiesSignatures: Bool = true, quotas: EmulatorQuotas = .aws,
        faults: EmulatorFaults = .none, statusUpdates: EmulatorStatusUpdateMode = .perVersion,
        clock: any Clock<Duration> = ContinuousClock(), dates: DateSource = .system,
        logLevel: Logger.Level = .warning
    ) {
        self.inventory = inventory
        self.host = host
        self.port = port
        self.accountId = accountId
        self.region = region
        self.credentials = credentials
        self.verifiesSignatures = verifiesSignatures
        self.quotas = quotas
        self.faults = faults
        self.statusUpdates = statusUpdates
        self.clock = clock
        self.dates = dates
        self.logLevel = logLevel
    }
}
