import CodeArtifactClient
import CodeArtifactEmulator
import Foundation
import Inventory
import Testing

/// What `prune plan` says when it cannot read the repositories, pinned as golden files
/// (`Fixtures/errors/*.txt`, rewritten with `UPDATE_GOLDEN=1`), each driven through the binary
/// against the in-process emulator or a misbehaving local listener; and a scan of all of them
/// for seams (doubled periods, a clause said twice, unbalanced parentheses).
@Suite("Runtime error messages", .serialized)
struct ErrorMessageGoldenTests {
    static let directory = Harness.packageRoot.appendingPathComponent("Tests/PruneIntegrationTests/Fixtures/errors")

    static func plan(domain: String = "acme", owner: String? = nil, repository: String = "npm-store") throws -> String {
        try CommandLineExitCodeTests.write(
            """
            version: 1
            targets:
              - {name: t, domain: \(domain), \(owner.map { "domainOwner: '\($0)', " } ?? "")repository: \(repository), format: npm, keep: {latest: 1}}
            """)
    }

    /// The message with what changes between runs (ports, temporary paths) replaced.
    static func normalized(_ stderr: String) -> String {
        stderr
            .replacing(#/127\.0\.0\.1:\d+/#, with: "127.0.0.1:<port>")
            .replacing(#/request id [A-Za-z0-9-]+/#, with: "request id <id>")
            .replacingOccurrences(of: NSTemporaryDirectory(), with: "<tmp>/")
    }

    static func check(_ output: CommandLineExitCodeTests.Output, golden name: String) throws {
        #expect(output.status == 1, "\(output.stderr)")
        #expect(output.stdout.isEmpty)
        try PreviewGoldenTests.check(normalized(output.stderr), golden: "../errors/\(name).txt")
    }

    static func withEmulator(
        credentials: [EmulatorCredential] = [.demo],
        _ body: (CodeArtifactEmulatorServer) async throws -> Void
    ) async throws {
        let configuration = EmulatorConfiguration(inventory: try Harness.exampleInventory(), credentials: credentials)
        try await CodeArtifactEmulatorServer.withRunning(configuration) { server in try await body(server) }
    }

    /// `prune plan` of `plan` against an emulator holding `credentials`, checked against `golden`.
    static func planAgainstEmulator(
        _ plan: String, environment: [String: String?] = [:], credentials: [EmulatorCredential] = [.demo],
        golden: String
    ) async throws {
        try await withEmulator(credentials: credentials) { server in
            let output = try await CommandLineExitCodeTests.run(
                ["plan", plan], server: server, environment: environment)
            try check(output, golden: golden)
        }
    }

    @Test func unknownAccessKey() async throws {
        try await Self.planAgainstEmulator(
            try Self.plan(), environment: ["AWS_ACCESS_KEY_ID": "AKIDUNKNOWN"], golden: "unknown-access-key")
    }

    @Test func wrongSecretKey() async throws {
        try await Self.planAgainstEmulator(
            try Self.plan(), environment: ["AWS_SECRET_ACCESS_KEY": "not-the-secret"], golden: "wrong-secret-key")
    }

    @Test func missingCredentials() async throws {
        let output = try await CommandLineExitCodeTests.runOffline(
            ["plan", try Self.plan(), "--endpoint-url", "http://127.0.0.1:1"],
            environment: [
                "AWS_ACCESS_KEY_ID": nil, "AWS_SECRET_ACCESS_KEY": nil,
                "AWS_CONFIG_FILE": "/nonexistent/config", "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent/credentials",
            ])
        try Self.check(output, golden: "missing-credentials")
    }

    @Test func expiredSessionToken() async throws {
        let expired = EmulatorCredential(
            accessKeyId: "ASIAEXPIRED", secretAccessKey: "expired-secret", sessionToken: "ZXhwaXJlZC1zZXNzaW9u",
            expiration: Date(timeIntervalSinceNow: -3600))
        try await Self.planAgainstEmulator(
            try Self.plan(),
            environment: [
                "AWS_ACCESS_KEY_ID": expired.accessKeyId, "AWS_SECRET_ACCESS_KEY": expired.secretAccessKey,
                "AWS_SESSION_TOKEN": expired.sessionToken,
            ], credentials: [expired], golden: "expired-token")
    }

    @Test func accessDenied() async throws {
        try await Self.planAgainstEmulator(try Self.plan(owner: "999999999999"), golden: "access-denied")
    }

    @Test func missingDomain() async throws {
        try await Self.planAgainstEmulator(try Self.plan(domain: "nowhere"), golden: "missing-domain")
    }

    @Test func missingRepository() async throws {
        try await Self.planAgainstEmulator(try Self.plan(repository: "pypi-store-gone"), golden: "missing-repository")
    }

    @Test func endpointDown() async throws {
        // Nothing listens on port 1 of the loopback address: the connection is refused.
        let output = try await CommandLineExitCodeTests.runOffline(
            ["plan", try Self.plan(), "--endpoint-url", "http://127.0.0.1:1"])
        try Self.check(output, golden: "endpoint-down")
    }

    @Test func proxyRefusesConnect() async throws {
        try await ListenerProcess.run(["refuse-connect"]) { port in
            let output = try await CommandLineExitCodeTests.runOffline(
                ["plan", try Self.plan(), "--endpoint-url", "https://codeartifact.us-east-1.example.test"],
                environment: ["HTTPS_PROXY": "http://127.0.0.1:\(port)"])
            try Self.check(output, golden: "proxy-refuses")
        }
    }

    @Test func untrustedCertificate() async throws {
        let directory = CommandLineExitCodeTests.temporary("tls")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try await ListenerProcess.run(["tls", directory]) { port in
            let output = try await CommandLineExitCodeTests.runOffline(
                ["plan", try Self.plan(), "--endpoint-url", "https://127.0.0.1:\(port)"])
            try Self.check(output, golden: "tls-untrusted")
        }
    }

    /// Failures impractical to cause live (a resolver that fails, a deadline, NIO's own words for
    /// a refused connection) are translated from the lower layer's text.
    @Test(arguments: [
        (
            "transport-dns",
            TransportError.connection(
                #"NIOConnectionError(host: "nowhere.invalid", port: 443, dnsAError: Optional(NIOPosix.GetaddrinfoError(code: -2)), dnsAAAAError: nil, connectionErrors: [])"#,
                outcomeUnknown: false)
        ),
        ("transport-timeout", TransportError.timeout("HTTPClientError.deadlineExceeded")),
        (
            "transport-refused-nio-text",
            TransportError.connection(
                "connection reset (error set): Connection refused) (errno: 111)", outcomeUnknown: false)
        ),
    ])
    func transportFailureInPlainWords(_ name: String, _ error: TransportError) throws {
        #expect(!error.description.contains("errno"))
        try PreviewGoldenTests.check("error: " + error.description + "\n", golden: "../errors/\(name).txt")
    }

    /// Every golden message reads as one sentence without seams.
    @Test func goldenMessagesHaveNoSeams() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path).filter {
            $0.hasSuffix(".txt")
        }
        #expect(files.count >= 13)
        for file in files {
            let text = try String(contentsOf: Self.directory.appendingPathComponent(file), encoding: .utf8)
            for problem in ErrorTextScan.problems(in: text) { Issue.record("\(file): \(problem)") }
        }
    }
}
