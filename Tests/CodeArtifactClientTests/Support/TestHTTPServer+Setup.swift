extension TestHTTPServer {
    /// A server waiting to be started.
    struct Setup: Sendable {
        let handler: Handler

        /// Starts the server, runs `body`, and stops the server on every path.
        func run<Result: Sendable>(_ body: @Sendable (TestHTTPServer) async throws -> Result) async throws -> Result {
            try await TestHTTPServer.run(handler, body)
        }
    }
}
