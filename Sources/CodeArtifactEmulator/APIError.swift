/// A whole-request error as CodeArtifact sends it: a status code, `X-Amzn-ErrorType`, and a
/// JSON body with `message` and the exception's extra members.
struct APIError: Error, Sendable {
    var status: Int
    var type: String
    var message: String
    var fields: [(String, JSONValue)] = []
    var headers: [(name: String, value: String)] = []

    /// The HTTP answer.
    var response: EmulatorHTTPResponse {
        .json(
            status, .object([("message", .string(message))] + fields),
            headers: [("X-Amzn-ErrorType", type)] + headers)
    }

    /// 400 `ValidationException` with a `reason`.
    static func validation(_ message: String, reason: String = "FIELD_VALIDATION_FAILED") -> APIError {
        APIError(status: 400, type: "ValidationException", message: message, fields: [("reason", .string(reason))])
    }

    /// 404 `ResourceNotFoundException` naming the resource.
    static func notFound(_ message: String, resourceId: String, resourceType: String) -> APIError {
        APIError(
            status: 404, type: "ResourceNotFoundException", message: message,
            fields: [("resourceId", .string(resourceId)), ("resourceType", .string(resourceType))])
    }

    /// 403 `AccessDeniedException`.
    static func accessDenied(_ message: String) -> APIError {
        APIError(status: 403, type: "AccessDeniedException", message: message)
    }

    /// 403 with a signature or credential error type.
    static func authentication(_ type: String, _ message: String) -> APIError {
        APIError(status: 403, type: type, message: message)
    }

    /// 429 `ThrottlingException` with `Retry-After` in the header and the body.
    static func throttling(retryAfterSeconds: Int) -> APIError {
        APIError(
            status: 429, type: "ThrottlingException", message: "Rate exceeded",
            fields: [("retryAfterSeconds", .int(retryAfterSeconds))],
            headers: [("Retry-After", String(retryAfterSeconds))])
    }

    /// 500 `InternalServerException`.
    static func internalServer() -> APIError {
        APIError(
            status: 500, type: "InternalServerException",
            message: "An internal error occurred (injected by the emulator)")
    }
}
