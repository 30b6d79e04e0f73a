extension CodeArtifactError {
    /// The error with known secrets blanked out of its message (a signature error's message
    /// can quote the signed headers, session token included).
    func redacted(by redactor: SecretRedactor) -> CodeArtifactError {
        guard let message else { return self }
        var copy = CodeArtifactError(
            kind: kind, exceptionName: exceptionName, message: redactor.redact(message), httpStatus: httpStatus,
            resourceId: resourceId, resourceType: resourceType, reason: reason, retryAfterSeconds: retryAfterSeconds,
            operation: operation, resource: resource, endpoint: endpoint, requestId: requestId,
            outcomeUnknown: outcomeUnknown, attempts: attempts, retryBudgetExhausted: retryBudgetExhausted)
        copy.attempts = attempts
        return copy
    }
}
