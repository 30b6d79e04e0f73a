/// What the fault generator decided for one request.
struct FaultDecision: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case none
        /// A 500 `InternalServerException` from the service.
        case error
        /// A page from a load balancer with this status (502, 503 or 504), not the service's JSON.
        case gateway(status: Int)
        case drop
    }

    var kind: Kind
    /// Strike after the change was made (otherwise before).
    var afterChange: Bool
    var latency: Duration

    static let none = FaultDecision(kind: .none, afterChange: false, latency: .zero)

    /// The statuses of gateway pages, equally likely.
    static let gatewayStatuses = [502, 503, 504]
}
