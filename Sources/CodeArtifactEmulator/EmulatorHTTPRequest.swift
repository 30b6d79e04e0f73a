/// A request as the emulator's core sees it, independent of the HTTP server.
struct EmulatorHTTPRequest: Sendable {
    /// `GET`, `POST`...
    var method: String
    /// The path as received (still percent-encoded).
    var path: String
    /// The raw query string, without `?`.
    var query: String
    /// Headers as received, `host` included.
    var headers: [(name: String, value: String)]
    /// The body.
    var body: [UInt8]

    /// Every value of the header `name` (case-insensitive), in order.
    func headerValues(_ name: String) -> [String] {
        headers.compactMap { $0.name.caseInsensitiveCompare(name) == .orderedSame ? $0.value : nil }
    }

    /// The first value of the header `name`.
    func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}
