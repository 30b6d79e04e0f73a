import CodeArtifactModel
import NIOConcurrencyHelpers

/// Thread-safe counters behind ``ClientStatistics``.
final class StatisticsRecorder: Sendable {
    private let counts = NIOLockedValueBox<[CodeArtifactOperation: OperationStatistics]>([:])

    /// Counts an attempt.
    func attempt(_ operation: CodeArtifactOperation, isRetry: Bool) {
        counts.withLockedValue { counts in
            counts[operation, default: OperationStatistics()].requests += 1
            if isRetry { counts[operation, default: OperationStatistics()].retries += 1 }
        }
    }

    /// Counts an attempt's failure.
    func outcome(_ operation: CodeArtifactOperation, _ outcome: RequestOutcome) {
        counts.withLockedValue { counts in
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
        ClientStatistics(operations: counts.withLockedValue { $0 })
    }
}
