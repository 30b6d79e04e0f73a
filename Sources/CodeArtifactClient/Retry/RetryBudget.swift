import Synchronization

/// A token bucket limiting retries of one operation: each retry takes tokens, a success
/// gives back what its call took. When the service is down, retries stop quickly instead of
/// multiplying the load.
final class RetryBudget: Sendable {
    private let state: Mutex<Int>
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
        self.state = Mutex(capacity)
    }

    /// Takes `cost` tokens if there are that many.
    func withdraw(_ cost: Int) -> Bool {
        state.withLock { tokens in
            guard tokens >= cost else { return false }
            tokens -= cost
            return true
        }
    }

    /// Gives `amount` tokens back, up to the capacity.
    func deposit(_ amount: Int) {
        guard amount > 0 else { return }
        state.withLock { tokens in tokens = min(capacity, tokens + amount) }
    }

    /// Tokens left.
    var available: Int { state.withLock { $0 } }
}
