import Synchronization

/// Draws fault decisions from one seeded generator per operation: the same seed and the same
/// sequence of requests to an operation give the same faults.
final class FaultInjector: Sendable {
    private struct State: Sendable {
        var faults: EmulatorFaults
        var generators: [EmulatorOperation: SplitMix64]

        init(_ faults: EmulatorFaults) {
            self.faults = faults
            generators = [:]
            for (index, operation) in EmulatorOperation.allCases.enumerated() {
                generators[operation] = SplitMix64(seed: faults.seed &+ UInt64(index + 1) &* 0x9E37_79B9_7F4A_7C15)
            }
        }
    }

    private let state: Mutex<State>

    init(_ faults: EmulatorFaults) {
        state = Mutex(State(faults))
    }

    var faults: EmulatorFaults { state.withLock { $0.faults } }

    /// New faults; the generators restart from the seed.
    func configure(_ faults: EmulatorFaults) {
        state.withLock { $0 = State(faults) }
    }

    func decide(_ operation: EmulatorOperation) -> FaultDecision {
        state.withLock { state in
            guard let rule = state.faults.rules[operation] else { return .none }
            // Always three draws, so one request's outcome never shifts the next one's.
            let kindDraw = state.generators[operation]!.nextUnit()
            let timingDraw = state.generators[operation]!.nextUnit()
            let jitterDraw = state.generators[operation]!.nextUnit()
            var kind = FaultDecision.Kind.none
            let dropEnd = rule.errorProbability + rule.dropProbability
            if kindDraw < rule.errorProbability {
                kind = .error
            } else if kindDraw < dropEnd {
                kind = .drop
            } else if kindDraw < dropEnd + rule.gatewayProbability {
                // The status comes from where the draw fell in the gateway's share: no extra draw.
                let statuses = FaultDecision.gatewayStatuses
                let position = (kindDraw - dropEnd) / rule.gatewayProbability
                kind = .gateway(status: statuses[min(statuses.count - 1, Int(position * Double(statuses.count)))])
            }
            let after: Bool
            switch rule.timing {
            case .before: after = false
            case .after: after = true
            case .either: after = timingDraw < 0.5
            }
            return FaultDecision(kind: kind, afterChange: after, latency: rule.latency + rule.jitter * jitterDraw)
        }
    }
}
