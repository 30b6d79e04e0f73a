import Foundation

extension CodeArtifactError {
    /// Exception names that mean "slow down".
    static let throttlingNames: Set<String> = [
        "ThrottlingException", "Throttling", "ThrottledException", "TooManyRequestsException",
        "RequestThrottled", "RequestThrottledException", "RequestLimitExceeded", "SlowDown",
        "ProvisionedThroughputExceededException", "BandwidthLimitExceeded", "LimitExceededException",
        "PriorRequestNotComplete", "EC2ThrottledException",
    ]

    /// Exception names that mean the signature or the keys are wrong.
    static let authenticationNames: Set<String> = [
        "InvalidSignatureException", "SignatureDoesNotMatch", "UnrecognizedClientException",
        "IncompleteSignature", "IncompleteSignatureException", "MissingAuthenticationToken",
        "MissingAuthenticationTokenException", "InvalidClientTokenId", "AuthFailure", "InvalidAccessKeyId",
        "RequestExpired", "InvalidToken",
    ]

    /// Exception names that mean the session token expired.
    static let expiredTokenNames: Set<String> = [
        "ExpiredTokenException", "ExpiredToken", "TokenRefreshRequired",
    ]

    /// Keeps the part of an error type between a `#` prefix and a `:` suffix:
    /// `aws.protocoltests#ThrottlingException:http://internal.amazon.com/` is `ThrottlingException`.
    static func sanitizeErrorType(_ raw: String) -> String {
        var text = Substring(raw)
        if let colon = text.firstIndex(of: ":") { text = text[..<colon] }
        if let hash = text.lastIndex(of: "#") { text = text[text.index(after: hash)...] }
        return text.trimmingWhitespace()
    }

    /// Decodes a non-2xx answer: the status, `X-Amzn-ErrorType`, and a JSON body with
    /// `message`/`Message`, `__type`, `code`, `reason`, `resourceId`, `resourceType`.
    static func decode(
        response: TransportResponse, operation: CodeArtifactOperation?, resource: String?, endpoint: String?
    ) -> CodeArtifactError {
        var fields: [String: String] = [:]
        if let object = try? JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any] {
            for (key, value) in object {
                if let text = value as? String {
                    fields[key] = text
                } else if let number = value as? NSNumber {
                    fields[key] = number.stringValue
                }
            }
        }
        let headerType = response.header("X-Amzn-ErrorType").map(sanitizeErrorType).flatMap { $0.isEmpty ? nil : $0 }
        let bodyType = (fields["__type"] ?? fields["code"] ?? fields["Code"]).map(sanitizeErrorType)
            .flatMap { $0.isEmpty ? nil : $0 }
        let name = headerType ?? bodyType ?? defaultName(status: response.status)
        var message = fields["message"] ?? fields["Message"] ?? fields["errorMessage"]
        if message == nil, fields.isEmpty, !response.body.isEmpty {
            let text = String(decoding: response.body.prefix(300), as: UTF8.self).trimmingWhitespace()
            if !text.isEmpty { message = text }
        }
        let retryAfter = response.header("Retry-After").flatMap { Double($0.trimmingWhitespace()) }
            .flatMap { $0 >= 0 && $0.isFinite ? $0 : nil }
        return CodeArtifactError(
            kind: kind(name: name, status: response.status), exceptionName: name, message: message,
            httpStatus: response.status, resourceId: fields["resourceId"], resourceType: fields["resourceType"],
            reason: fields["reason"], retryAfterSeconds: retryAfter, operation: operation, resource: resource,
            endpoint: endpoint, requestId: response.header("x-amzn-RequestId"),
            outcomeUnknown: response.status >= 500)
    }

    /// The model's exception for a status, when the answer names none.
    static func defaultName(status: Int) -> String {
        switch status {
        case 400: return "ValidationException"
        case 402: return "ServiceQuotaExceededException"
        case 403: return "AccessDeniedException"
        case 404: return "ResourceNotFoundException"
        case 409: return "ConflictException"
        case 429: return "ThrottlingException"
        case 500: return "InternalServerException"
        case 502: return "BadGateway"
        case 503: return "ServiceUnavailable"
        case 504: return "GatewayTimeout"
        default: return "HTTP\(status)"
        }
    }

    /// The kind of a named exception at a status.
    static func kind(name: String, status: Int) -> Kind {
        if throttlingNames.contains(name) || status == 429 { return .throttling }
        if expiredTokenNames.contains(name) { return .expiredToken }
        if authenticationNames.contains(name) { return .authentication }
        switch name {
        case "ValidationException": return .validation
        case "ServiceQuotaExceededException": return .serviceQuotaExceeded
        case "AccessDeniedException", "AccessDenied": return .accessDenied
        case "ResourceNotFoundException": return .resourceNotFound
        case "ConflictException": return .conflict
        case "InternalServerException", "InternalFailure", "ServiceUnavailable", "ServiceUnavailableException":
            return .internalServer
        default: return status >= 500 ? .internalServer : .otherService
        }
    }
}
