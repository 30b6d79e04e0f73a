import CodeArtifactClient
import Synchronization

/// A transport that answers from a script and records what was sent.
final class ScriptedTransport: HTTPTransport {
    typealias Script = @Sendable (_ index: Int, _ request: TransportRequest) throws -> TransportResponse

    private let script: Script
    private let sent = Mutex<[TransportRequest]>([])

    init(_ script: @escaping Script) {
        self.script = script
    }

    /// Answers every request with `status` and `body`.
    convenience init(status: Int, body: String = "{}", headers: [(name: String, value: String)] = []) {
        self.init { _, _ in TransportResponse(status: status, headers: headers, body: Array(body.utf8)) }
    }

    func send(_ request: TransportRequest, timeout: Duration) async throws -> TransportResponse {
        let index = sent.withLock { sent in
            sent.append(request)
            return sent.count - 1
        }
        return try script(index, request)
    }

    /// The requests sent, in order.
    var requests: [TransportRequest] { sent.withLock { $0 } }
}

extension TransportResponse {
    /// A JSON answer.
    static func json(_ status: Int, _ body: String, headers: [(name: String, value: String)] = []) -> TransportResponse
    {
        TransportResponse(
            status: status, headers: [("Content-Type", "application/json")] + headers, body: Array(body.utf8))
    }
}
