import AsyncHTTPClient
import CodeArtifactClient

/// A real AsyncHTTPClient transport for a test, shut down on every path.
enum TestTransport {
    static func with<Result: Sendable>(
        timeoutSeconds: Int64 = 10, _ body: @Sendable (AsyncHTTPTransport) async throws -> Result
    ) async throws -> Result {
        let client = HTTPClient(
            eventLoopGroup: HTTPClient.defaultEventLoopGroup,
            configuration: .init(timeout: .init(connect: .seconds(timeoutSeconds), read: .seconds(timeoutSeconds))))
        do {
            let result = try await body(AsyncHTTPTransport(client: client))
            try await client.shutdown()
            return result
        } catch {
            try? await client.shutdown()
            throw error
        }
    }
}
