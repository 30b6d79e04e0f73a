import CodeArtifactModel

/// A snapshot of the counts per operation (for the report's `requests`, `retries`, `throttled`).
public struct ClientStatistics: Sendable, Hashable {
    /// Counts per operation; operations never called are absent.
    public var operations: [CodeArtifactOperation: OperationStatistics]

    /// Creates a snapshot.
    public init(operations: [CodeArtifactOperation: OperationStatistics] = [:]) {
        self.operations = operations
    }

    /// The counts of one operation (zeros if never called).
    public subscript(operation: CodeArtifactOperation) -> OperationStatistics {
        operations[operation] ?? OperationStatistics()
    }

    /// All operations together.
    public var total: OperationStatistics {
        operations.values.reduce(OperationStatistics(), +)
    }

    /// The write operations together (the report's `writeRequests` is `writes.requests`).
    public var writes: OperationStatistics {
        operations.filter { $0.key.isWrite }.values.reduce(OperationStatistics(), +)
    }
}
