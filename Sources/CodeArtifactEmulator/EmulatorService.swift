import CodeArtifactModel
import Foundation
import Inventory
import Synchronization

/// The emulator without the HTTP server: a request in, an answer (or a dropped connection)
/// out. Per request: route, count, verify the signature, take quota tokens, maybe a fault
/// before the change, validate and run the operation, maybe a fault after it, count the answer.
final class EmulatorService: Sendable {
    let store: EmulatorStore
    let clock: any Clock<Duration>
    let dates: DateSource
    /// Time on `clock` since the service started: what the quota buckets refill by.
    private let stopwatch: Stopwatch
    let limiter: QuotaLimiter
    let injector: FaultInjector
    private let verifier: SigV4Verifier?
    private let settings: Mutex<Settings>
    private let counters = Mutex(EmulatorCounters())
    private let requestIds = Mutex<UInt64>(0)
    private let requestIdPrefix = String(UInt32.random(in: 0...UInt32.max), radix: 16)

    private struct Settings: Sendable {
        var statusUpdates: EmulatorStatusUpdateMode
    }

    init(configuration: EmulatorConfiguration) {
        store = EmulatorStore(
            seed: configuration.inventory, accountId: configuration.accountId, region: configuration.region)
        clock = configuration.clock
        dates = configuration.dates
        stopwatch = Stopwatch(configuration.clock)
        limiter = QuotaLimiter(configuration.quotas)
        injector = FaultInjector(configuration.faults)
        verifier =
            configuration.verifiesSignatures
            ? SigV4Verifier(credentials: configuration.credentials, region: configuration.region) : nil
        settings = Mutex(Settings(statusUpdates: configuration.statusUpdates))
    }

    var statusUpdates: EmulatorStatusUpdateMode {
        get { settings.withLock { $0.statusUpdates } }
        set { settings.withLock { $0.statusUpdates = newValue } }
    }

    var currentCounters: EmulatorCounters { counters.withLock { $0 } }

    /// Back to the seed: state, counters, quota buckets and fault generators.
    func reset() {
        store.reset()
        counters.withLock { $0 = EmulatorCounters() }
        limiter.configure(limiter.quotas)
        injector.configure(injector.faults)
    }

    func handle(_ request: EmulatorHTTPRequest) async -> EmulatorHTTPResponse {
        if request.path.hasPrefix("/_emulator/") || request.path == "/_emulator" {
            return handleAdmin(request)
        }
        let requestId = nextRequestId()
        guard let operation = EmulatorOperation.route(method: request.method, path: request.path) else {
            counters.withLock { $0.unknownOperations += 1 }
            return APIError(
                status: 404, type: "UnknownOperationException",
                message:
                    "No CodeArtifact operation (of those the emulator serves) is bound to \(request.method) \(request.path)"
            ).response.withRequestId(requestId)
        }
        counters.withLock { $0[operation].requests += 1 }
        let answer = await answer(operation, request)
        record(operation, answer)
        return answer.withRequestId(requestId)
    }

    private func answer(_ operation: EmulatorOperation, _ request: EmulatorHTTPRequest) async -> EmulatorHTTPResponse {
        guard let query = QueryParameters(raw: request.query) else {
            return APIError.validation("The query string is not valid percent-encoded UTF-8", reason: "CANNOT_PARSE")
                .response
        }
        if let verifier, let failure = verifier.verify(request, query: query, now: dates.now()) {
            return failure.response
        }
        if let retryAfter = limiter.admit(operation, now: stopwatch.elapsed) {
            counters.withLock { $0[operation].throttled += 1 }
            return APIError.throttling(retryAfterSeconds: retryAfter).response
        }
        let fault = injector.decide(operation)
        if fault.latency > .zero {
            try? await clock.sleep(for: fault.latency)
        }
        if fault.kind != .none, !fault.afterChange {
            return strike(fault, operation)
        }
        let result = perform(operation, query: query, body: request.body)
        if fault.kind != .none {
            return strike(fault, operation)
        }
        return result
    }

    private func strike(_ fault: FaultDecision, _ operation: EmulatorOperation) -> EmulatorHTTPResponse {
        counters.withLock { counters in
            counters[operation].faults += 1
            if fault.afterChange { counters[operation].faultsAfterChange += 1 }
            switch fault.kind {
            case .drop: counters[operation].droppedConnections += 1
            case .gateway: counters[operation].gatewayErrors += 1
            case .error, .none: counters[operation].injectedErrors += 1
            }
        }
        switch fault.kind {
        case .drop: return .drop
        case .gateway(let status): return .gatewayPage(status)
        case .error, .none: return APIError.internalServer().response
        }
    }

    private func perform(_ operation: EmulatorOperation, query: QueryParameters, body: [UInt8]) -> EmulatorHTTPResponse
    {
        do throws(APIError) {
            let input = try OperationInput.parse(operation, query: query, body: body)
            switch input {
            case .listRepositoriesInDomain(let domain, let prefix, let administrator, let maxResults, let token):
                return .json(
                    200,
                    try store.listRepositoriesInDomain(
                        domain, repositoryPrefix: prefix, administratorAccount: administrator, maxResults: maxResults,
                        nextToken: token))
            case .listPackages(
                let repository, let format, let namespace, let prefix, let maxResults, let token, let publish,
                let upstream):
                return .json(
                    200,
                    try store.listPackages(
                        repository, format: format, namespace: namespace, packagePrefix: prefix,
                        maxResults: maxResults, nextToken: token, publish: publish, upstream: upstream))
            case .listPackageVersions(let package, let status, let byTime, let maxResults, let token, let origin):
                return .json(
                    200,
                    try store.listPackageVersions(
                        package, status: status, sortByPublishedTime: byTime, maxResults: maxResults, nextToken: token,
                        originType: origin))
            case .describePackageVersion(let package, let version):
                return .json(200, try store.describePackageVersion(package, version: version))
            case .listPackageVersionAssets(let package, let version, let maxResults, let token):
                return .json(
                    200,
                    try store.listPackageVersionAssets(
                        package, version: version, maxResults: maxResults, nextToken: token))
            case .write(let write):
                let outcome = try store.write(
                    write, operation: operation, allOrNothing: statusUpdates == .allOrNothing)
                counters.withLock { counters in
                    counters[operation].succeededVersions += outcome.successes.count
                    for failure in outcome.failures {
                        counters[operation].failedVersions[failure.code, default: 0] += 1
                    }
                }
                return .json(200, outcome.json)
            }
        } catch {
            return error.response
        }
    }

    private func record(_ operation: EmulatorOperation, _ answer: EmulatorHTTPResponse) {
        guard case .answer(let status, let headers, _) = answer else { return }
        let type = headers.first { $0.name == "X-Amzn-ErrorType" }?.value
        counters.withLock { counters in
            counters[operation].statuses[String(status), default: 0] += 1
            if let type { counters[operation].errors[type, default: 0] += 1 }
        }
    }

    private func nextRequestId() -> String {
        let number = requestIds.withLock { value -> UInt64 in
            value += 1
            return value
        }
        return "\(requestIdPrefix)-\(number)"
    }
}

extension EmulatorHTTPResponse {
    /// Adds `x-amzn-RequestId`, as every CodeArtifact answer has.
    func withRequestId(_ id: String) -> EmulatorHTTPResponse {
        guard case .answer(let status, let headers, let body) = self else { return self }
        return .answer(status: status, headers: headers + [("x-amzn-RequestId", id)], body: body)
    }
}
