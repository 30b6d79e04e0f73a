extension CodeArtifactError {
    /// A sentence a person can act on: what failed, where, why, and what to try.
    public var description: String {
        var text = exceptionName
        var facts: [String] = []
        if let httpStatus { facts.append("HTTP \(httpStatus)") }
        if let reason { facts.append("reason \(reason)") }
        if !facts.isEmpty { text += " (\(facts.joined(separator: ", ")))" }
        if let operation { text += " from \(operation)" }
        if let resource { text += " on \(resource)" }
        if let message, !message.isEmpty { text += ": \(message)" }
        if let resourceType, let resourceId {
            text += " [\(resourceType) '\(resourceId)']"
        } else if let resourceId {
            text += " [resource '\(resourceId)']"
        }
        if attempts > 1 { text += " (after \(attempts) attempts)" }
        if retryBudgetExhausted { text += " (retry budget exhausted)" }
        if let hint { text += ". " + hint }
        if let requestId { text += " (request id \(requestId))" }
        return text
    }

    /// What to try, by kind.
    private var hint: String? {
        let action = operation.map { "codeartifact:\($0.rawValue)" } ?? "the CodeArtifact action"
        switch kind {
        case .accessDenied:
            if let principal = principal {
                return "Grant \(principal) \(action) (IAM policy, or the domain or repository policy)"
            }
            return "Grant the calling principal \(action) (IAM policy, or the domain or repository policy)"
        case .resourceNotFound:
            return "Check the domain, domain owner, repository, package and region"
        case .throttling:
            if let retryAfterSeconds { return "The service asked to retry after \(formatSeconds(retryAfterSeconds))" }
            return "Lower the plan's rateLimits or concurrency"
        case .expiredToken:
            return "The session credentials expired; renew them (e.g. log in again) and rerun"
        case .authentication:
            return "Check the credentials (access key and secret), the region, and that the system clock is right"
        case .serviceQuotaExceeded:
            return "Ask for a higher quota in Service Quotas, or act on less"
        case .connection:
            return "Check the network, the endpoint" + (endpoint.map { " (\($0))" } ?? "")
                + ", HTTPS_PROXY/NO_PROXY and AWS_CA_BUNDLE"
        case .timeout:
            return "No answer from " + (endpoint ?? "the endpoint") + " in time; the request may or may not have landed"
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
