/// Counts for one operation.
public struct OperationStatistics: Sendable, Hashable {
    /// Attempts sent (first attempts and retries).
    public var requests: Int
    /// Attempts that were retries.
    public var retries: Int
    /// Attempts answered with throttling.
    public var throttled: Int
    /// Attempts answered with a 5xx.
    public var serverErrors: Int
    /// Attempts that got no answer (connection failure, timeout).
    public var transportErrors: Int

    /// Creates counts.
    public init(
        requests: Int = 0, retries: Int = 0, throttled: Int = 0, serverErrors: Int = 0, transportErrors: Int = 0
    ) {
        self.requests = requests
        self.retries = retries
        self.throttled = throttled
        self.serverErrors = serverErrors
        self.transportErrors = transportErrors
    }

    /// Field-wise sum.
    public static func + (lhs: OperationStatistics, rhs: OperationStatistics) -> OperationStatistics {
        OperationStatistics(
            requests: lhs.requests + rhs.requests, retries: lhs.retries + rhs.retries,
            throttled: lhs.throttled + rhs.throttled, serverErrors: lhs.serverErrors + rhs.serverErrors,
            transportErrors: lhs.transportErrors + rhs.transportErrors)
    }
}
