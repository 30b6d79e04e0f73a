/// What one attempt came to, as a ``RequestPacer`` sees it.
public enum RequestOutcome: Sendable, Hashable {
    /// A 2xx answer.
    case success
    /// Throttled (429 or a throttling exception), with the `Retry-After` the service asked for.
    case throttled(retryAfter: Duration?)
    /// A 5xx answer.
    case serverError(status: Int)
    /// No answer: connection failure or timeout.
    case transportError
    /// Another 4xx (access denied, not found, validation, expired token, ...).
    case clientError(status: Int)
}
