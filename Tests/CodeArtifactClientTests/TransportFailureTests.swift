import Foundation
import Testing

@testable import CodeArtifactClient

/// Real connections that drop or hang become `ConnectionError` and `Timeout`, retried, with
/// an unknown outcome.
@Suite struct TransportFailureTests {
    private func client(port: Int, transport: AsyncHTTPTransport, timeout: Duration, attempts: Int) throws
        -> CodeArtifactService
    {
        try Fixtures.session(
            transport: transport,
            options: ClientOptions(
                region: "us-east-1", endpointURL: "http://127.0.0.1:\(port)", requestTimeout: timeout,
                retryPolicy: RetryPolicy(maxAttempts: attempts))
        ).codeArtifact()
    }

    @Test func droppedConnectionIsAConnectionErrorWithUnknownOutcome() async throws {
        try await MisbehavingServer.run(.dropConnection) { port in
            try await TestTransport.with { transport in
                let client = try client(port: port, transport: transport, timeout: .seconds(10), attempts: 3)
                let error = await #expect(throws: CodeArtifactError.self) {
                    _ = try await client.deletePackageVersions(
                        DeletePackageVersionsRequest(package: Fixtures.package, versions: ["1.0"]))
                }
                #expect(error?.exceptionName == "ConnectionError")
                #expect(error?.outcomeUnknown == true)
                #expect(error?.attempts == 3)
                #expect(client.statistics()[.deletePackageVersions].transportErrors == 3)
            }
        }
    }

    @Test func silentServerIsATimeout() async throws {
        try await MisbehavingServer.run(.neverAnswer) { port in
            try await TestTransport.with { transport in
                let client = try client(port: port, transport: transport, timeout: .milliseconds(300), attempts: 2)
                let error = await #expect(throws: CodeArtifactError.self) {
                    _ = try await client.listPackagesPage(ListPackagesRequest(repository: Fixtures.repository))
                }
                #expect(error?.exceptionName == "Timeout")
                #expect(error?.kind == .timeout)
                #expect(error?.attempts == 2)
            }
        }
    }

    @Test func classificationOfClientErrors() {
        #expect(
            (AsyncHTTPTransport.classify(HTTPClientErrorSample.remoteClosed) as? TransportError)?.outcomeUnknown == true
        )
        #expect(
            (AsyncHTTPTransport.classify(HTTPClientErrorSample.connectTimeout) as? TransportError)?.outcomeUnknown
                == false)
        #expect(
            (AsyncHTTPTransport.classify(HTTPClientErrorSample.connectTimeout) as? TransportError)?.isTimeout == true)
        #expect(AsyncHTTPTransport.classify(CancellationError()) is CancellationError)
        #expect(AsyncHTTPTransport.classify(HTTPClientErrorSample.cancelled) is CancellationError)
    }
}
