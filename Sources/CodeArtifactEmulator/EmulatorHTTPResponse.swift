/// A response of the emulator's core, or the decision to drop the connection.
enum EmulatorHTTPResponse: Sendable {
    /// An HTTP answer.
    case answer(status: Int, headers: [(name: String, value: String)], body: [UInt8])
    /// Close the connection without answering (an injected fault).
    case drop

    /// A JSON answer with the headers every CodeArtifact answer has.
    static func json(_ status: Int, _ value: JSONValue, headers: [(name: String, value: String)] = []) -> Self {
        .answer(
            status: status, headers: [("Content-Type", "application/json")] + headers, body: value.serialized())
    }

    /// A load balancer's error page (502, 503, 504), as one in front of the service sends it:
    /// HTML, no `X-Amzn-ErrorType`, no JSON.
    static func gatewayPage(_ status: Int) -> Self {
        let reason =
            switch status {
            case 502: "Bad Gateway"
            case 503: "Service Temporarily Unavailable"
            case 504: "Gateway Time-out"
            default: "Error"
            }
        let page = """
            <html>
            <head><title>\(status) \(reason)</title></head>
            <body>
            <center><h1>\(status) \(reason)</h1></center>
            </body>
            </html>

            """
        return .answer(status: status, headers: [("Content-Type", "text/html")], body: Array(page.utf8))
    }

    /// The status code (0 for a dropped connection).
    var status: Int {
        switch self {
        case .answer(let status, _, _): return status
        case .drop: return 0
        }
    }
}
