/// Sends one HTTP request and returns the whole answer. The client's only way to the network,
/// so tests can put a scripted transport in its place; ``AsyncHTTPTransport`` is the real one.
///
/// A transport throws ``TransportError`` for failures below HTTP (connection, timeout) and
/// `CancellationError` when the calling task is cancelled; any HTTP status is an answer.
public protocol HTTPTransport: Sendable {
    /// Sends `request`, giving up after `timeout`.
    func send(_ request: TransportRequest, timeout: Duration) async throws -> TransportResponse
}
