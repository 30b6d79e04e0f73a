import Foundation

/// The error of a REST-JSON answer from the SSO portal or SSO-OIDC: the code from
/// `x-amzn-ErrorType` or the body's `__type`/`error`, and the body's `message` or
/// `error_description`.
struct SSOServiceError: Sendable {
    var status: Int
    var code: String?
    var message: String?

    /// Reads `response`, blanking known secrets out of the message.
    init(_ response: TransportResponse, redactor: SecretRedactor) {
        let json = (try? JSONSerialization.jsonObject(with: Data(response.body))) as? [String: Any]
        var code = response.header("x-amzn-ErrorType") ?? json?["__type"] as? String ?? json?["error"] as? String
        // `UnauthorizedException:http://internal.amazon.com/...` and `aws.sso#UnauthorizedException`.
        if let colon = code?.firstIndex(of: ":") { code = code.map { String($0[..<colon]) } }
        if let hash = code?.lastIndex(of: "#") { code = code.map { String($0[$0.index(after: hash)...]) } }
        self.status = response.status
        self.code = code
        self.message =
            (json?["message"] as? String ?? json?["Message"] as? String
            ?? json?["error_description"] as? String).map(redactor.redact)
    }

    /// `HTTP 403 ForbiddenException: message`.
    var summary: String {
        "HTTP \(status)" + (code.map { " \($0)" } ?? "") + (message.map { ": \($0)" } ?? "")
    }
}
