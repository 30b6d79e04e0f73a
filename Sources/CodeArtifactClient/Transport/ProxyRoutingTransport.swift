/// Sends each request through the proxy or directly, by its host (see ``ProxySettings``).
struct ProxyRoutingTransport: HTTPTransport {
    let direct: any HTTPTransport
    let proxied: any HTTPTransport
    let settings: ProxySettings

    func send(_ request: TransportRequest, timeout: Duration) async throws -> TransportResponse {
        let endpoint = try? ServiceEndpoint(parsing: ServiceEndpoint.origin(of: request.url))
        let viaProxy = endpoint.map(settings.applies(to:)) ?? false
        return try await (viaProxy ? proxied : direct).send(request, timeout: timeout)
    }
}
