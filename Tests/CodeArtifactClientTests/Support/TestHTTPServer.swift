import Hummingbird
import Logging
import NIOCore
import Synchronization

/// An in-process HTTP server on 127.0.0.1, port 0, that records every request and answers
/// through a handler. ``with(_:_:)`` shuts it down on every path.
final class TestHTTPServer: Sendable {
    /// What the handler answers.
    struct Reply: Sendable {
        var status: Int
        var headers: [(name: String, value: String)]
        var body: [UInt8]

        static func json(_ body: String, status: Int = 200, headers: [(name: String, value: String)] = []) -> Reply {
            Reply(status: status, headers: [("Content-Type", "application/json")] + headers, body: Array(body.utf8))
        }

        static func text(_ body: String, status: Int = 200) -> Reply {
            Reply(status: status, headers: [("Content-Type", "text/plain")], body: Array(body.utf8))
        }
    }

    typealias Handler = @Sendable (RecordedRequest) async throws -> Reply

    /// The requests received; a class because the responder and the server both hold it, and a
    /// `Mutex` cannot be copied.
    private final class RequestLog: Sendable {
        let requests = Mutex<[RecordedRequest]>([])
    }

    let port: Int
    private let recorded: RequestLog

    private init(port: Int, recorded: RequestLog) {
        self.port = port
        self.recorded = recorded
    }

    /// `http://127.0.0.1:PORT`.
    var url: String { "http://127.0.0.1:\(port)" }

    /// The requests received so far.
    var requests: [RecordedRequest] { recorded.requests.withLock { $0 } }

    /// A server that will answer with `handler`; start it with ``Setup/run(_:)``.
    static func answering(_ handler: @escaping Handler) -> Setup { Setup(handler: handler) }

    /// Starts a server answering with `handler`, runs `body`, and stops the server whether
    /// `body` returns or throws.
    static func run<Result: Sendable>(
        _ handler: @escaping Handler, _ body: @Sendable (TestHTTPServer) async throws -> Result
    ) async throws -> Result {
        let recorded = RequestLog()
        let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
        let responder = CallbackResponder { (request: Request, _: BasicRequestContext) -> Response in
            var request = request
            let body = try await request.collectBody(upTo: 16 << 20)
            let uri = request.uri.string
            let questionMark = uri.firstIndex(of: "?")
            let recordedRequest = RecordedRequest(
                method: request.method.rawValue,
                path: questionMark.map { String(uri[..<$0]) } ?? uri,
                rawQuery: questionMark.map { String(uri[uri.index(after: $0)...]) },
                headers: (request.head.authority.map { [("Host", $0)] } ?? [])
                    + request.headers.map { ($0.name.rawName, $0.value) },
                body: Array(body.readableBytesView))
            recorded.requests.withLock { $0.append(recordedRequest) }
            let reply = try await handler(recordedRequest)
            var headers = HTTPFields()
            for header in reply.headers {
                if let name = HTTPFields.Element.Name(header.name) {
                    headers.append(.init(name: name, value: header.value))
                }
            }
            return Response(
                status: .init(code: reply.status), headers: headers,
                body: .init(byteBuffer: ByteBuffer(bytes: reply.body)))
        }
        var logger = Logger(label: "test-server")
        logger.logLevel = .critical
        let app = Application(
            responder: responder, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                portContinuation.yield(channel.localAddress?.port ?? 0)
                portContinuation.finish()
            }, logger: logger)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                // If the server cannot start, the wait for its port below ends instead of hanging.
                defer { portContinuation.finish() }
                try await app.run()
            }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next(), port > 0 else {
                group.cancelAll()
                throw TestServerError.didNotStart
            }
            let server = TestHTTPServer(port: port, recorded: recorded)
            do {
                let result = try await body(server)
                group.cancelAll()
                return result
            } catch {
                group.cancelAll()
                throw error
            }
        }
    }
}
