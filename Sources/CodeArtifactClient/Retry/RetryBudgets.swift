import CodeArtifactModel
import Synchronization

/// One ``RetryBudget`` per region and operation, created on first use.
final class RetryBudgets: Sendable {
    private struct Key: Hashable {
        var region: String
        var operation: CodeArtifactOperation
    }

    private let budgets = Mutex<[Key: RetryBudget]>([:])
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// The budget of `operation` in `region`.
    func budget(region: String, operation: CodeArtifactOperation) -> RetryBudget {
        budgets.withLock { budgets in
            let key = Key(region: region, operation: operation)
            if let budget = budgets[key] { return budget }
            let budget = RetryBudget(capacity: capacity)
            budgets[key] = budget
            return budget
        }
    }
}
