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

    /// The status code (0 for a dropped connection).
    var status: Int {
        switch self {
        case .answer(let status, _, _): return status
        case .drop: return 0
        }
    }
}
