/// Per-operation counters since the start (or the last reset), for tests and benchmarks to
/// assert on what really happened on the server.
public struct EmulatorCounters: Sendable, Hashable, Codable {
    /// Counters by operation name (`ListPackages`...); every operation is present.
    public var operations: [String: EmulatorOperationCounters]
    /// Requests to no known operation.
    public var unknownOperations: Int

    /// Zeroed counters.
    public init() {
        operations = Dictionary(uniqueKeysWithValues: EmulatorOperation.allCases.map { ($0.rawValue, .init()) })
        unknownOperations = 0
    }

    /// The counters of `operation`.
    public subscript(operation: EmulatorOperation) -> EmulatorOperationCounters {
        get { operations[operation.rawValue] ?? .init() }
        set { operations[operation.rawValue] = newValue }
    }

    /// Requests to every operation.
    public var totalRequests: Int { operations.values.reduce(0) { $0 + $1.requests } }
    /// Throttled requests of every operation.
    public var totalThrottled: Int { operations.values.reduce(0) { $0 + $1.throttled } }
    /// Injected faults of every operation.
    public var totalFaults: Int { operations.values.reduce(0) { $0 + $1.faults } }
}
