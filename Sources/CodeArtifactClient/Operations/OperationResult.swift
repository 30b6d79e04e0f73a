/// A successful answer with how it was reached.
struct OperationResult: Sendable {
    var response: TransportResponse
    /// Attempts made (1 when the first one answered).
    var attempts: Int
    /// Whether an attempt after an unknown-outcome failure produced this answer.
    var retriedAfterUnknownOutcome: Bool
}
