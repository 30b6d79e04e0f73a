import AsyncHTTPClient
import CodeArtifactEmulator
import Foundation
import NIOCore
import SigV4

/// A SigV4-signing HTTP client for the emulator's tests, on AsyncHTTPClient.
struct TestClient: Sendable {
    let server: CodeArtifactEmulatorServer
    var credentials = SigV4Credentials(accessKeyId: "AKIDEMULATOR", secretAccessKey: "emulator-secret")
    var region = "us-east-1"
    /// The signing date; `nil` signs with the server's clock.
    var date: Date?
    /// Send no Authorization at all.
    var unsigned = false
    /// AsyncHTTPClient keeps retrying a refused connection until this deadline.
    var timeout: TimeAmount = .seconds(30)

    init(_ server: CodeArtifactEmulatorServer) {
        self.server = server
    }

    /// Calls `operation` with query parameters (in the model's `locationName`s) and a JSON body.
    func call(
        _ operation: EmulatorOperation, _ query: [(String, String)] = [], body: [String: any Sendable]? = nil
    ) async throws -> TestResponse {
        let (method, path) = operation.httpBinding
        let bodyBytes = try body.map { Array(try JSONSerialization.data(withJSONObject: $0)) } ?? []
        return try await send(method: method, path: path, query: query, body: bodyBytes)
    }

    /// Sends a signed request.
    func send(
        method: String, path: String, query: [(String, String)], body: [UInt8], extraHeaders: [(String, String)] = []
    ) async throws -> TestResponse {
        let host = "\(server.host):\(server.port)"
        var headers: [(name: String, value: String)] = [("host", host)]
        if !body.isEmpty { headers.append(("content-type", "application/json")) }
        // Encoded by the signer's own encoder: the query goes out exactly as it was signed.
        let queryText = PercentEncoding.query(query.map { (name: $0.0, value: $0.1) })
        var request = HTTPClientRequest(
            url: server.endpoint.absoluteString + path + (queryText.isEmpty ? "" : "?" + queryText))
        request.method = method == "GET" ? .GET : .POST
        if !unsigned {
            let signer = SigV4Signer(credentials: credentials, region: region, service: "codeartifact")
            let signature = signer.sign(
                SigV4Request(method: method, path: path, query: query, headers: headers, body: body),
                date: date ?? server.configuration.dates.now())
            for (name, value) in signature.headers { request.headers.add(name: name, value: value) }
        }
        for (name, value) in extraHeaders { request.headers.add(name: name, value: value) }
        if !body.isEmpty {
            request.headers.add(name: "content-type", value: "application/json")
            request.body = .bytes(ByteBuffer(bytes: body))
        } else if method == "POST" {
            request.headers.add(name: "content-length", value: "0")
        }
        let response = try await HTTPClient.shared.execute(request, timeout: timeout)
        let bytes = try await response.body.collect(upTo: 64 << 20)
        var answerHeaders: [String: String] = [:]
        for header in response.headers { answerHeaders[header.name.lowercased()] = header.value }
        return TestResponse(status: Int(response.status.code), headers: answerHeaders, body: Array(buffer: bytes))
    }

    /// A plain unsigned GET or POST (the admin endpoints).
    func admin(_ method: String, _ path: String, body: String = "") async throws -> TestResponse {
        var copy = self
        copy.unsigned = true
        return try await copy.send(method: method, path: path, query: [], body: Array(body.utf8))
    }
}

/// An answer: status, lowercased headers, body, and the body as JSON.
struct TestResponse: Sendable {
    let status: Int
    let headers: [String: String]
    let body: [UInt8]

    /// The body as a JSON object (empty if it is not one).
    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any] ?? [:]
    }

    /// `X-Amzn-ErrorType`.
    var errorType: String? { headers["x-amzn-errortype"] }

    /// The body's `message`.
    var message: String { json["message"] as? String ?? "" }
}
