extension CredentialContext {
    /// Sends `request`, whose bodies carry secrets, tracing both ways without them; a failure
    /// below HTTP becomes a ``CredentialsError`` of `source` naming `call`.
    func sendSecretBodies(
        _ request: TransportRequest, via transport: any HTTPTransport, timeout: Duration, source: String, call: String
    ) async throws -> TransportResponse {
        HTTPTrace.request(request, attempt: 1, bodyIsSecret: true, logger: logger, redactor: redactor)
        let response: TransportResponse
        do {
            response = try await transport.send(request, timeout: timeout)
        } catch let error as TransportError {
            throw CredentialsError.providerFailed(source, "\(call): \(error)")
        }
        HTTPTrace.response(response, for: request, bodyIsSecret: true, logger: logger, redactor: redactor)
        return response
    }
}
