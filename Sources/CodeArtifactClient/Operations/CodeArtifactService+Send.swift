import Foundation
import SigV4

extension CodeArtifactService {
    /// Sends `call` until it succeeds or retrying stops: paces every attempt, signs it with
    /// current credentials, decodes failures, backs off with full jitter (at least `Retry-After`),
    /// spends the operation's retry budget, refreshes credentials once on an expired token, and
    /// checks for cancellation before every attempt and while sleeping.
    func perform(_ call: OperationCall) async throws -> OperationResult {
        let policy = session.options.retryPolicy
        let budget = session.budgets.budget(region: region, operation: call.operation)
        let operation = call.operation
        var attempt = 0
        var spent = 0
        var refreshedExpiredToken = false
        var unknownOutcomeBefore = false
        var earlierUnknownOutcome: String?
        var throttledFailures = 0
        var otherFailures = 0
        while true {
            try Task.checkCancellation()
            // Credentials first: a failure to get them then never holds a pacer slot without an
            // outcome. They are refreshed minutes before expiry, so a wait at the pacer is harmless.
            let credentials = try await session.credentialCache.current()
            if let pacer { try await pacer.acquire(operation, region: region) }
            try Task.checkCancellation()
            attempt += 1
            session.recorder.attempt(operation, isRetry: attempt > 1)
            let request = signedRequest(call, credentials: credentials).request
            HTTPTrace.request(
                request, attempt: attempt, bodyIsSecret: false, logger: session.logger, redactor: session.redactor)
            var failure: CodeArtifactError
            let outcome: RequestOutcome
            do {
                let response = try await session.serviceTransport.send(request, timeout: session.options.requestTimeout)
                HTTPTrace.response(
                    response, for: request, bodyIsSecret: false, logger: session.logger, redactor: session.redactor)
                if (200..<300).contains(response.status) {
                    pacer?.didReceive(operation, region: region, outcome: .success)
                    budget.deposit(spent)
                    return OperationResult(
                        response: response, attempts: attempt, retriedAfterUnknownOutcome: unknownOutcomeBefore)
                }
                failure = CodeArtifactError.decode(
                    response: response, operation: operation, resource: call.resource,
                    endpoint: endpoint.description)
                failure = failure.redacted(by: session.redactor)
                if failure.kind == .throttling {
                    outcome = .throttled(retryAfter: failure.retryAfterSeconds.map { .milliseconds(Int64($0 * 1000)) })
                } else if response.status >= 500 {
                    outcome = .serverError(status: response.status)
                } else {
                    outcome = .clientError(status: response.status)
                }
            } catch let error as TransportError {
                failure = CodeArtifactError.transport(
                    error, operation: operation, resource: call.resource, endpoint: endpoint.description)
                outcome = .transportError
            }
            session.recorder.outcome(operation, outcome)
            pacer?.didReceive(operation, region: region, outcome: outcome)
            failure.attempts = attempt
            session.logger.debug(
                "attempt failed",
                metadata: [
                    "operation": .string(operation.rawValue), "attempt": .stringConvertible(attempt),
                    "error": .string(failure.exceptionName),
                ])

            if failure.kind == .expiredToken, !refreshedExpiredToken {
                refreshedExpiredToken = true
                _ = try await session.credentialCache.refresh(rejecting: credentials)
                continue
            }
            failure.earlierUnknownOutcome = earlierUnknownOutcome
            guard failure.isRetryable else { throw failure }
            // Each class has its own allowance: throttles in between do not use up the
            // attempts a 5xx or a dropped connection gets, and the other way round.
            let limit: Int
            if failure.kind == .throttling {
                throttledFailures += 1
                limit = policy.maxThrottledAttempts
            } else {
                otherFailures += 1
                limit = policy.maxAttempts
            }
            guard (failure.kind == .throttling ? throttledFailures : otherFailures) < limit else { throw failure }
            guard budget.withdraw(policy.retryCost) else {
                failure.retryBudgetExhausted = true
                throw failure
            }
            spent += policy.retryCost
            if failure.outcomeUnknown {
                unknownOutcomeBefore = true
                earlierUnknownOutcome = earlierUnknownOutcome ?? failure.exceptionName
            }
            var delay = policy.backoff(retry: attempt, unit: session.random.unitInterval())
            if let seconds = failure.retryAfterSeconds {
                delay = max(delay, .milliseconds(Int64(seconds * 1000)))
            }
            try await session.clock.sleep(for: delay)
        }
    }

    /// The request for `call`, signed as of now, with the signature's workings.
    func signedRequest(_ call: OperationCall, credentials: AWSCredentials) -> (
        request: TransportRequest, signature: SigV4Signature
    ) {
        let path = endpoint.basePath + call.operation.path
        var headers: [(name: String, value: String)] = [("Host", endpoint.hostHeader)]
        if call.body != nil { headers.append(("Content-Type", "application/json")) }
        let signer = SigV4Signer(credentials: credentials.signing, region: region, service: "codeartifact")
        let date = session.dates.now()
        let signature = signer.sign(
            SigV4Request(
                method: call.operation.method, path: path, query: call.query, headers: headers, body: call.body ?? []),
            date: date, signingKey: session.signingKeys.key(for: signer, date: date))
        headers += signature.headers
        headers.append(("User-Agent", "prune CodeArtifactClient"))
        let request = TransportRequest(
            method: call.operation.method,
            url: endpoint.url(path: call.operation.path, encodedQuery: PercentEncoding.query(call.query)),
            headers: headers, body: call.body ?? [])
        return (request, signature)
    }
}
