import CodeArtifactModel

extension CodeArtifactError {
    /// One sentence a person can act on: what failed, where, the service's message where it
    /// adds something (never repeated, its final period dropped), what to try, and the facts
    /// support needs in parentheses.
    public var description: String {
        var text = ErrorText.join(lead, message)
        var facts = [(operation.map { "\($0.rawValue)" } ?? "the request") + (resource.map { " on \($0)" } ?? "")]
        facts.append(exceptionName)
        if let httpStatus { facts.append("HTTP \(httpStatus)") }
        if let reason { facts.append("reason \(reason)") }
        if attempts > 1 { facts.append("after \(attempts) attempts") }
        if retryBudgetExhausted { facts.append("retry budget exhausted") }
        if let requestId { facts.append("request id \(requestId)") }
        text += " (" + facts.joined(separator: ", ") + ")"
        if let hint { text += "; " + hint }
        return text
    }

    /// What failed, in prune's words (the call and the facts follow in parentheses).
    private var lead: String {
        switch kind {
        case .accessDenied: return "access denied"
        case .resourceNotFound:
            if let resourceId { return "\(resourceType ?? "resource") '\(resourceId)' not found" }
            return "not found"
        case .throttling: return "throttled by the service"
        case .expiredToken: return "the session credentials have expired"
        case .authentication: return "the credentials were not accepted"
        case .connection: return "cannot reach \(endpoint ?? "the endpoint")"
        case .timeout: return "no answer from \(endpoint ?? "the endpoint")"
        case .internalServer: return "the service failed"
        case .validation: return "the service rejected the request"
        case .serviceQuotaExceeded: return "a service quota was exceeded" + subject
        default: return "the request failed" + subject
        }
    }

    /// " for domain 'acme'" when the service named what it was about.
    private var subject: String {
        resourceId.map { " for \(resourceType ?? "resource") '\($0)'" } ?? ""
    }

    /// What to try, by kind.
    private var hint: String? {
        let action = operation.map { "codeartifact:\($0.rawValue)" } ?? "the CodeArtifact action"
        switch kind {
        case .accessDenied:
            if let principal = principal {
                return "grant \(principal) \(action) (IAM policy, or the domain or repository policy)"
            }
            return "grant the calling principal \(action) (IAM policy, or the domain or repository policy)"
        case .resourceNotFound:
            return "check the domain, domain owner, repository, package and region"
        case .throttling:
            if let retryAfterSeconds { return "the service asked to retry after \(formatSeconds(retryAfterSeconds))" }
            return "lower the plan's rateLimits or concurrency"
        case .expiredToken:
            return "renew the credentials (e.g. log in again) and rerun"
        case .authentication:
            return "check the credentials (access key and secret), the region, and that the system clock is right"
        case .serviceQuotaExceeded:
            return "ask for a higher quota in Service Quotas, or act on less"
        default:
            return nil
        }
    }

    /// The principal an access-denied message names (`User: arn:aws:... is not authorized`).
    var principal: String? {
        guard let message, let range = message.range(of: "User: ") else { return nil }
        let rest = message[range.upperBound...]
        let arn = rest.prefix { !$0.isWhitespace }
        return arn.isEmpty ? nil : String(arn)
    }

    private func formatSeconds(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? "\(Int(seconds)) s" : "\(seconds) s"
    }
}
