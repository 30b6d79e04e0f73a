import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL

/// ``HTTPTransport`` on an AsyncHTTPClient `HTTPClient`, mapping its failures to
/// ``TransportError``. It does not own the client: whoever made it shuts it down.
public struct AsyncHTTPTransport: HTTPTransport {
    /// The client requests go through.
    public let client: HTTPClient
    /// Answers larger than this are refused (CodeArtifact's are far smaller).
    public var maxResponseBytes: Int

    /// Wraps `client`.
    public init(client: HTTPClient, maxResponseBytes: Int = 32 << 20) {
        self.client = client
        self.maxResponseBytes = maxResponseBytes
    }

    /// Sends the request with a deadline of `timeout` for the whole exchange.
    public func send(_ request: TransportRequest, timeout: Duration) async throws -> TransportResponse {
        var outgoing = HTTPClientRequest(url: request.url)
        outgoing.method = HTTPMethod(rawValue: request.method)
        for header in request.headers { outgoing.headers.add(name: header.name, value: header.value) }
        if !request.body.isEmpty { outgoing.body = .bytes(ByteBuffer(bytes: request.body)) }
        let nanoseconds = timeout.components.seconds * 1_000_000_000 + timeout.components.attoseconds / 1_000_000_000
        do {
            let response = try await client.execute(outgoing, timeout: .nanoseconds(nanoseconds))
            var body = try await response.body.collect(upTo: maxResponseBytes)
            let bytes = body.readBytes(length: body.readableBytes) ?? []
            return TransportResponse(
                status: Int(response.status.code), headers: response.headers.map { ($0.name, $0.value) }, body: bytes)
        } catch {
            throw Self.classify(error)
        }
    }

    /// Cancellation stays cancellation; everything else becomes a ``TransportError`` that says
    /// whether the request may have been sent.
    static func classify(_ error: any Error) -> any Error {
        if error is CancellationError { return error }
        if let error = error as? HTTPClientError {
            switch error {
            case .cancelled:
                return CancellationError()
            case .deadlineExceeded, .readTimeout, .writeTimeout:
                return TransportError.timeout("\(error)", outcomeUnknown: true)
            case .connectTimeout, .getConnectionFromPoolTimeout, .tlsHandshakeTimeout, .httpProxyHandshakeTimeout,
                .socksHandshakeTimeout:
                return TransportError.timeout("\(error)", outcomeUnknown: false)
            case .proxyAuthenticationRequired, .invalidProxyResponse, .invalidURL, .emptyHost, .emptyScheme,
                .alreadyShutdown:
                return TransportError.connection("\(error)", outcomeUnknown: false)
            default:
                return TransportError.connection("\(error)", outcomeUnknown: true)
            }
        }
        if error is NIOConnectionError { return TransportError.connection("\(error)", outcomeUnknown: false) }
        if let error = error as? ChannelError, case .connectTimeout = error {
            return TransportError.timeout("\(error)", outcomeUnknown: false)
        }
        if let error = error as? IOError, [ECONNREFUSED, ENETUNREACH, EHOSTUNREACH].contains(error.errnoCode) {
            return TransportError.connection("\(error)", outcomeUnknown: false)
        }
        if let error = error as? NIOSSLError {
            return TransportError.connection(
                "TLS: \(error) (a custom CA bundle goes in AWS_CA_BUNDLE)", outcomeUnknown: false)
        }
        if error is BoringSSLError {
            return TransportError.connection(
                "TLS: \(error) (a custom CA bundle goes in AWS_CA_BUNDLE)", outcomeUnknown: false)
        }
        return TransportError.connection("\(error)", outcomeUnknown: true)
    }
}
