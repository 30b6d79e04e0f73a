import CodeArtifactModel
import Synchronization

/// Thread-safe counters behind ``ClientStatistics``.
final class StatisticsRecorder: Sendable {
    private let counts = Mutex<[CodeArtifactOperation: OperationStatistics]>([:])

    /// Counts an attempt.
    func attempt(_ operation: CodeArtifactOperation, isRetry: Bool) {
        counts.withLock { counts in
            counts[operation, default: OperationStatistics()].requests += 1
            if isRetry { counts[operation, default: OperationStatistics()].retries += 1 }
        }
    }

    /// Counts an attempt's failure.
    func outcome(_ operation: CodeArtifactOperation, _ outcome: RequestOutcome) {
        counts.withLock { counts in
            switch outcome {
            case .throttled: counts[operation, default: OperationStatistics()].throttled += 1
            case .serverError: counts[operation, default: OperationStatistics()].serverErrors += 1
            case .transportError: counts[operation, default: OperationStatistics()].transportErrors += 1
            case .success, .clientError: break
            }
        }
    }

    /// The counts so far.
    func snapshot() -> ClientStatistics {
        ClientStatistics(operations: counts.withLock { $0 })
    }
}
