import CodeArtifactModel
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
    ///
    /// A 5xx that names no exception (no `X-Amzn-ErrorType`, no `__type` or `code`), such as a
    /// load balancer's 502/503/504 page, is still a server error: `InternalServerException`,
    /// retryable, outcome unknown, with the status and the page's first line in the message.
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
        if message == nil, headerType == nil, bodyType == nil, response.status >= 500 {
            message = unnamedServerErrorMessage(status: response.status, body: response.body)
        } else if message == nil, fields.isEmpty, !response.body.isEmpty {
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
        // Any other 5xx (a 502/503/504 from a load balancer or proxy in front of the service
        // too): the outcome of a write is unknown, as after a 500.
        case 500...599: return "InternalServerException"
        default: return "HTTP\(status)"
        }
    }

    /// Longest first line of a page kept in a message, in characters.
    static let maximumPageLineLength = 200

    /// The message of a 5xx that names no exception: the status and the first line of the
    /// body with HTML tags stripped (a page's `<title>` when it has one), bounded.
    static func unnamedServerErrorMessage(status: Int, body: [UInt8]) -> String {
        let prefix = "HTTP \(status) without a service error (from a load balancer or proxy?)"
        guard let line = firstLine(ofPage: body) else { return prefix + ", empty body" }
        return prefix + ": " + line
    }

    /// A page's title, or its first line with text once HTML tags are stripped; control
    /// characters become spaces, runs of spaces one, and the line is cut at
    /// ``maximumPageLineLength`` characters.
    static func firstLine(ofPage body: [UInt8]) -> String? {
        let text = String(decoding: body.prefix(8192), as: UTF8.self)
        var candidates: [Substring] = []
        if let open = text.range(of: "<title>", options: .caseInsensitive),
            let close = text.range(of: "</title>", options: .caseInsensitive, range: open.upperBound..<text.endIndex)
        {
            candidates.append(text[open.upperBound..<close.lowerBound])
        }
        candidates += text.split(whereSeparator: { $0 == "\n" || $0 == "\r" })
        for candidate in candidates {
            let line = readableLine(candidate)
            if line.isEmpty { continue }
            guard line.count > maximumPageLineLength else { return line }
            return String(line.prefix(maximumPageLineLength)) + "..."
        }
        return nil
    }

    /// `line` without HTML tags and control characters, spaces collapsed and trimmed.
    private static func readableLine(_ line: Substring) -> String {
        var result = ""
        var inTag = false
        var pendingSpace = false
        for scalar in line.unicodeScalars {
            if inTag {
                // A tag separates words (`<td>a</td><td>b</td>` reads "a b").
                if scalar == ">" { (inTag, pendingSpace) = (false, !result.isEmpty) }
                continue
            }
            if scalar == "<" {
                inTag = true
                continue
            }
            if scalar.properties.generalCategory == .control || scalar == " " || scalar == "\u{A0}" {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.unicodeScalars.append(" ") }
            pendingSpace = false
            result.unicodeScalars.append(scalar)
        }
        return result
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
