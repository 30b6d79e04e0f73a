/// Sends each request through the proxy or directly, by its host (see ``ProxySettings``).
struct ProxyRoutingTransport: HTTPTransport {
    let direct: any HTTPTransport
    let proxied: any HTTPTransport
    let settings: ProxySettings

    func send(_ request: TransportRequest, timeout: Duration) async throws -> TransportResponse {
        let endpoint = try? ServiceEndpoint(parsing: Self.origin(of: request.url))
        let viaProxy = endpoint.map(settings.applies(to:)) ?? false
        return try await (viaProxy ? proxied : direct).send(request, timeout: timeout)
    }

    /// `scheme://authority` of a URL.
    static func origin(of url: String) -> String {
        guard let separator = url.range(of: "://") else { return url }
        let rest = url[separator.upperBound...]
        let end = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
        return String(url[..<end])
    }
}
