import Foundation
import Synchronization
import TestSupport
import Testing

@testable import CodeArtifactClient

/// Retry behaviour on a test clock: attempts per class, backoff bounds, Retry-After, the
/// budget, no retry of 4xx, one refresh on an expired token, cancellation.
@Suite struct RetryTests {
    private let list = ListPackagesRequest(repository: Fixtures.repository)
    private let delete = DeletePackageVersionsRequest(package: Fixtures.package, versions: ["1.0"])

    private func failure(_ status: Int, _ name: String, retryAfter: String? = nil) -> TransportResponse {
        var headers: [(name: String, value: String)] = [("X-Amzn-ErrorType", name)]
        if let retryAfter { headers.append(("Retry-After", retryAfter)) }
        return .json(status, #"{"message":"\#(name)"}"#, headers: headers)
    }

    private func expectError(
        _ client: CodeArtifactService, _ body: (CodeArtifactService) async throws -> Void
    ) async -> CodeArtifactError? {
        do {
            try await body(client)
            Issue.record("expected an error")
            return nil
        } catch let error as CodeArtifactError {
            return error
        } catch {
            Issue.record("unexpected \(error)")
            return nil
        }
    }

    @Test func throttlingIsTriedEightTimesWithBoundedBackoff() async throws {
        let transport = ScriptedTransport { _, _ in failure(429, "ThrottlingException") }
        let clock = Fixtures.clock()
        let session = try Fixtures.session(transport: transport, clock: clock, random: 0.999_999)
        let client = try session.codeArtifact()
        let error = await expectError(client) { _ = try await $0.listPackagesPage(list) }
        #expect(error?.kind == .throttling)
        #expect(error?.attempts == 8)
        #expect(transport.requests.count == 8)
        let policy = RetryPolicy()
        #expect(clock.sleeps.count == 7)
        for (index, sleep) in clock.sleeps.enumerated() {
            let ceiling = policy.backoffCeiling(retry: index + 1)
            #expect(sleep <= ceiling)
            #expect(sleep >= ceiling * 0.99)
        }
        #expect(clock.sleeps.first == .nanoseconds(99_999_900))
        let stats = session.statistics()[.listPackages]
        #expect(stats.requests == 8)
        #expect(stats.retries == 7)
        #expect(stats.throttled == 8)
    }

    @Test func serverErrorsAreTriedFiveTimes() async throws {
        let transport = ScriptedTransport { _, _ in failure(500, "InternalServerException") }
        let client = try Fixtures.session(transport: transport).codeArtifact()
        let error = await expectError(client) { _ = try await $0.deletePackageVersions(delete) }
        #expect(error?.kind == .internalServer)
        #expect(error?.attempts == 5)
        #expect(transport.requests.count == 5)
    }

    @Test func throttlesDoNotUseUpTheAttemptsOfServerErrors() async throws {
        // Two throttles, then four 500s, then success: 4 server errors stay within their 5 attempts.
        let transport = ScriptedTransport { index, _ in
            switch index {
            case 0, 1: return failure(429, "ThrottlingException")
            case 2...5: return failure(500, "InternalServerException")
            default: return .json(200, #"{"successfulVersions": {"1.0": {"status": "Deleted"}}, "failedVersions": {}}"#)
            }
        }
        let client = try Fixtures.session(transport: transport, clock: Fixtures.clock()).codeArtifact()
        let result = try await client.deletePackageVersions(delete)
        #expect(result.successfulVersions.keys.sorted() == ["1.0"])
        #expect(transport.requests.count == 7)
        #expect(result.retriedAfterUnknownOutcome)
    }

    @Test func droppedConnectionsAndTimeoutsAreTriedFiveTimes() async throws {
        for failure in [TransportError.connection("reset", outcomeUnknown: true), .timeout("deadline exceeded")] {
            let transport = ScriptedTransport { _, _ in throw failure }
            let client = try Fixtures.session(transport: transport).codeArtifact()
            let error = await expectError(client) { _ = try await $0.deletePackageVersions(delete) }
            #expect(error?.exceptionName == (failure.isTimeout ? "Timeout" : "ConnectionError"))
            #expect(error?.attempts == 5)
            #expect(transport.requests.count == 5)
        }
    }

    @Test func backoffIsCappedAtTwentySeconds() async throws {
        let transport = ScriptedTransport { _, _ in failure(503, "ServiceUnavailable") }
        let clock = Fixtures.clock()
        let policy = RetryPolicy(maxAttempts: 12, budgetCapacity: 1000)
        let client = try Fixtures.session(
            transport: transport, options: ClientOptions(region: "us-east-1", retryPolicy: policy), clock: clock,
            random: 0.999_999
        ).codeArtifact()
        _ = await expectError(client) { _ = try await $0.listPackagesPage(list) }
        #expect(clock.sleeps.count == 11)
        #expect(clock.sleeps.allSatisfy { $0 <= .seconds(20) })
        #expect(clock.sleeps.last! > .seconds(19.9))
        #expect(policy.backoffCeiling(retry: 30) == .seconds(20))
    }

    @Test func retryAfterMakesThatRequestWaitAtLeastSoLong() async throws {
        let transport = ScriptedTransport { index, _ in
            index == 0
                ? failure(429, "ThrottlingException", retryAfter: "7") : .json(200, #"{"packages":[]}"#)
        }
        let clock = Fixtures.clock()
        let pacer = RecordingPacer()
        let session = try Fixtures.session(transport: transport, clock: clock, random: 0.5)
        let client = try session.codeArtifact(pacer: pacer)
        _ = try await client.listPackagesPage(list)
        #expect(clock.sleeps == [.seconds(7)])
        #expect(pacer.acquired == [.listPackages, .listPackages])
        #expect(pacer.outcomes == [.throttled(retryAfter: .seconds(7)), .success])
    }

    @Test func pacerSeesEveryAttemptAndItsOutcome() async throws {
        let transport = ScriptedTransport { index, _ in
            switch index {
            case 0: return failure(429, "ThrottlingException", retryAfter: "2")
            case 1: return failure(500, "InternalServerException")
            case 2: throw TransportError.connection("reset", outcomeUnknown: true)
            case 3: return failure(404, "ResourceNotFoundException")
            default: return .json(200, "{}")
            }
        }
        let pacer = RecordingPacer()
        let session = try Fixtures.session(transport: transport)
        let client = try session.codeArtifact(pacer: pacer)
        let error = await expectError(client) { _ = try await $0.listPackagesPage(list) }
        #expect(error?.kind == .resourceNotFound)
        #expect(pacer.acquired.count == 4)
        #expect(
            pacer.outcomes == [
                .throttled(retryAfter: .seconds(2)), .serverError(status: 500), .transportError,
                .clientError(status: 404),
            ])
        let stats = session.statistics()[.listPackages]
        #expect(
            stats == OperationStatistics(requests: 4, retries: 3, throttled: 1, serverErrors: 1, transportErrors: 1))
    }

    @Test func budgetExhaustionStopsRetriesAndSuccessRefunds() async throws {
        let policy = RetryPolicy(budgetCapacity: 10, retryCost: 5)
        let failing = ScriptedTransport { _, _ in failure(500, "InternalServerException") }
        let session = try Fixtures.session(
            transport: failing, options: ClientOptions(region: "us-east-1", retryPolicy: policy))
        let client = try session.codeArtifact()
        let error = await expectError(client) { _ = try await $0.listPackagesPage(list) }
        #expect(error?.retryBudgetExhausted == true)
        #expect(error?.attempts == 3)
        #expect(error?.description.contains("retry budget exhausted") == true)
        #expect(session.budgets.budget(region: "us-east-1", operation: .listPackages).available == 0)
        // Another operation has its own budget.
        #expect(session.budgets.budget(region: "us-east-1", operation: .deletePackageVersions).available == 10)

        let recovering = ScriptedTransport { index, _ in
            index == 0 ? failure(500, "InternalServerException") : .json(200, #"{"packages":[]}"#)
        }
        let second = try Fixtures.session(
            transport: recovering, options: ClientOptions(region: "us-east-1", retryPolicy: policy))
        _ = try await second.codeArtifact().listPackagesPage(list)
        #expect(second.budgets.budget(region: "us-east-1", operation: .listPackages).available == 10)
    }

    @Test(arguments: [
        (400, "ValidationException"), (402, "ServiceQuotaExceededException"), (403, "AccessDeniedException"),
        (404, "ResourceNotFoundException"), (409, "ConflictException"), (403, "InvalidSignatureException"),
    ])
    func otherClientErrorsAreNotRetried(status: Int, name: String) async throws {
        let transport = ScriptedTransport { _, _ in failure(status, name) }
        let clock = Fixtures.clock()
        let client = try Fixtures.session(transport: transport, clock: clock).codeArtifact()
        let error = await expectError(client) { _ = try await $0.deletePackageVersions(delete) }
        #expect(error?.exceptionName == name)
        #expect(error?.attempts == 1)
        #expect(transport.requests.count == 1)
        #expect(clock.sleeps.isEmpty)
    }

    @Test func expiredTokenRefreshesCredentialsAndRetriesOnce() async throws {
        let counter = Mutex(0)
        let processes = StubProcessRunner { _ in
            let n = counter.withLock { value -> Int in
                value += 1
                return value
            }
            let json =
                #"{"Version":1,"AccessKeyId":"AKIDPROC\#(n)","SecretAccessKey":"secret-\#(n)","SessionToken":"token-\#(n)"}"#
            return ProcessResult(status: 0, standardOutput: Array(json.utf8))
        }
        let transport = ScriptedTransport { _, request in
            request.header("X-Amz-Security-Token") == "token-1"
                ? failure(403, "ExpiredTokenException") : .json(200, #"{"packages":[]}"#)
        }
        let session = try Fixtures.session(
            transport: transport, variables: ["HOME": "/home/t", "AWS_EC2_METADATA_DISABLED": "true"],
            files: ["/home/t/.aws/config": "[default]\ncredential_process = /usr/bin/fetch-creds\n"],
            processes: processes)
        _ = try await session.codeArtifact().listPackagesPage(list)
        #expect(transport.requests.map { $0.header("X-Amz-Security-Token") } == ["token-1", "token-2"])
        #expect(await session.credentialCache.loadCount == 2)
    }

    @Test func expiredTokenIsRetriedOnlyOnce() async throws {
        let transport = ScriptedTransport { _, _ in failure(403, "ExpiredTokenException") }
        let client = try Fixtures.session(transport: transport).codeArtifact()
        let error = await expectError(client) { _ = try await $0.listPackagesPage(list) }
        #expect(error?.kind == .expiredToken)
        #expect(transport.requests.count == 2)
    }

    @Test func cancellationStopsRetrying() async throws {
        let transport = ScriptedTransport { index, _ in
            if index == 1 { withUnsafeCurrentTask { $0?.cancel() } }
            return failure(500, "InternalServerException")
        }
        let clock = Fixtures.clock()
        let client = try Fixtures.session(transport: transport, clock: clock).codeArtifact()
        await #expect(throws: CancellationError.self) {
            _ = try await client.listPackagesPage(list)
        }
        #expect(transport.requests.count == 2)
        #expect(clock.sleeps.count == 1)
    }

    @Test func cancelledTaskSendsNothing() async throws {
        let transport = ScriptedTransport(status: 200, body: "{}")
        let client = try Fixtures.session(transport: transport).codeArtifact()
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await client.listPackagesPage(list)
        }
        await #expect(throws: CancellationError.self) { _ = try await task.value }
        #expect(transport.requests.isEmpty)
    }

    @Test func unknownOutcomeIsReportedOnTheWriteResult() async throws {
        let dropped = ScriptedTransport { index, _ in
            if index == 0 { throw TransportError.connection("connection reset", outcomeUnknown: true) }
            return .json(
                200,
                #"{"successfulVersions":{},"failedVersions":{"1.0":{"errorCode":"NOT_FOUND","errorMessage":"gone"}}}"#)
        }
        let result = try await Fixtures.session(transport: dropped).codeArtifact().deletePackageVersions(delete)
        #expect(result.retriedAfterUnknownOutcome)
        #expect(result.attempts == 2)
        #expect(result.failedVersions["1.0"]?.errorCode == .notFound)

        let refused = ScriptedTransport { index, _ in
            if index == 0 { throw TransportError.connection("connection refused", outcomeUnknown: false) }
            return .json(200, "{}")
        }
        let known = try await Fixtures.session(transport: refused).codeArtifact().deletePackageVersions(delete)
        #expect(!known.retriedAfterUnknownOutcome)
        #expect(known.attempts == 2)

        let throttled = ScriptedTransport { index, _ in
            index == 0 ? failure(429, "ThrottlingException") : .json(200, "{}")
        }
        let after429 = try await Fixtures.session(transport: throttled).codeArtifact().deletePackageVersions(delete)
        #expect(!after429.retriedAfterUnknownOutcome)

        let serverError = ScriptedTransport { index, _ in
            index == 0 ? failure(500, "InternalServerException") : .json(200, "{}")
        }
        let after500 = try await Fixtures.session(transport: serverError).codeArtifact().deletePackageVersions(delete)
        #expect(after500.retriedAfterUnknownOutcome)
    }

    private static func gatewayPage(_ status: Int) -> TransportResponse {
        TransportResponse(
            status: status, headers: [("Content-Type", "text/html")],
            body: Array("<html>\n<head><title>\(status) Bad Gateway</title></head>\n</html>\n".utf8))
    }

    @Test func gatewayPagesAreRetriedLikeA500() async throws {
        let transport = ScriptedTransport { index, _ in Self.gatewayPage([502, 503, 504][index % 3]) }
        let client = try Fixtures.session(transport: transport, clock: Fixtures.clock()).codeArtifact()
        let error = await expectError(client) { _ = try await $0.deletePackageVersions(delete) }
        #expect(error?.exceptionName == "InternalServerException")
        #expect(error?.kind == .internalServer && error?.outcomeUnknown == true)
        #expect(error?.attempts == 5)
        #expect(error?.httpStatus == 503)
        #expect(error?.message?.hasSuffix(": 503 Bad Gateway") == true)
        #expect(transport.requests.count == 5)
    }

    @Test func aGatewayPageBeforeAnAnswerMarksTheOutcomeUnknown() async throws {
        let landed = ScriptedTransport { index, _ in
            index == 0
                ? Self.gatewayPage(504)
                : .json(
                    200,
                    #"{"successfulVersions":{},"failedVersions":{"1.0":{"errorCode":"NOT_FOUND","errorMessage":"gone"}}}"#
                )
        }
        let result = try await Fixtures.session(transport: landed, clock: Fixtures.clock()).codeArtifact()
            .deletePackageVersions(delete)
        #expect(result.retriedAfterUnknownOutcome && result.attempts == 2)

        let conflict = ScriptedTransport { index, _ in
            index == 0 ? Self.gatewayPage(502) : failure(409, "ConflictException")
        }
        let client = try Fixtures.session(transport: conflict, clock: Fixtures.clock()).codeArtifact()
        let error = await expectError(client) { _ = try await $0.deletePackageVersions(delete) }
        #expect(error?.exceptionName == "ConflictException")
        #expect(error?.earlierUnknownOutcome == "InternalServerException")
    }

    @Test func aSuccessStatusWithoutTheServicesJSONLeavesAWriteUnknown() async throws {
        let transport = ScriptedTransport { _, _ in
            TransportResponse(
                status: 200, headers: [("Content-Type", "text/html")],
                body: Array("<html><head><title>Maintenance</title></head></html>".utf8))
        }
        let client = try Fixtures.session(transport: transport, clock: Fixtures.clock()).codeArtifact()
        let error = await expectError(client) { _ = try await $0.deletePackageVersions(delete) }
        #expect(error?.exceptionName == "InternalServerException")
        #expect(error?.kind == .internalServer && error?.outcomeUnknown == true)
        #expect(error?.httpStatus == 200)
        #expect(error?.message?.hasSuffix("the write's outcome is unknown: Maintenance") == true)
        #expect(transport.requests.count == 1)
        // A read has no outcome to lose: still an invalid response.
        let read = await expectError(client) { _ = try await $0.listPackagesPage(list) }
        #expect(read?.kind == .invalidResponse && read?.exceptionName == "InvalidResponse")
        #expect(read?.outcomeUnknown == false)
    }
}
