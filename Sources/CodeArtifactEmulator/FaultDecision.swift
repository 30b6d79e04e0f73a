/// What the fault generator decided for one request.
struct FaultDecision: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case none
        case error
        case drop
    }

    var kind: Kind
    /// Strike after the change was made (otherwise before).
    var afterChange: Bool
    var latency: Duration

    static let none = FaultDecision(kind: .none, afterChange: false, latency: .zero)
}
