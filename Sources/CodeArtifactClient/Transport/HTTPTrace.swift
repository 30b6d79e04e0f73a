import Logging

/// Trace-level logging of requests and responses with secrets kept out: authorization and
/// token headers are masked, every known secret is blanked, and bodies that carry credentials
/// (STS, container, instance metadata, credential processes, SSO) are never printed.
enum HTTPTrace {
    /// Headers whose values are always masked.
    static let sensitiveHeaders: Set<String> = [
        "authorization", "x-amz-security-token", "x-aws-ec2-metadata-token", "proxy-authorization", "cookie",
        "set-cookie", "x-amz-sso_bearer_token",
    ]

    /// Logs a request about to be sent.
    static func request(
        _ request: TransportRequest, attempt: Int, bodyIsSecret: Bool, logger: Logger, redactor: SecretRedactor
    ) {
        guard logger.logLevel <= .trace else { return }
        logger.trace(
            "HTTP request",
            metadata: [
                "method": .string(request.method),
                "url": .string(redactor.redact(request.url)),
                "attempt": .stringConvertible(attempt),
                "headers": .string(headers(request.headers, redactor)),
                "bodyBytes": .stringConvertible(request.body.count),
                "body": .string(body(request.body, secret: bodyIsSecret, redactor)),
            ])
    }

    /// Logs a response.
    static func response(
        _ response: TransportResponse, for request: TransportRequest, bodyIsSecret: Bool, logger: Logger,
        redactor: SecretRedactor
    ) {
        guard logger.logLevel <= .trace else { return }
        logger.trace(
            "HTTP response",
            metadata: [
                "method": .string(request.method),
                "url": .string(redactor.redact(request.url)),
                "status": .stringConvertible(response.status),
                "headers": .string(headers(response.headers, redactor)),
                "bodyBytes": .stringConvertible(response.body.count),
                "body": .string(body(response.body, secret: bodyIsSecret, redactor)),
            ])
    }

    private static func headers(_ headers: [(name: String, value: String)], _ redactor: SecretRedactor) -> String {
        headers.map { header in
            let value =
                sensitiveHeaders.contains(header.name.lowercased())
                ? SecretRedactor.mask : redactor.redact(header.value)
            return "\(header.name): \(value)"
        }.joined(separator: "; ")
    }

    private static func body(_ bytes: [UInt8], secret: Bool, _ redactor: SecretRedactor) -> String {
        if bytes.isEmpty { return "(empty)" }
        if secret { return "(\(bytes.count) bytes, not shown: may hold credentials)" }
        let limit = 4096
        var text = redactor.redact(String(decoding: bytes.prefix(limit), as: UTF8.self))
        if bytes.count > limit { text += "... (\(bytes.count) bytes)" }
        return text
    }
}
