import CodeArtifactClient
import CodeArtifactModel
import NIOConcurrencyHelpers

/// A pacer that lets everything through and records what it saw.
final class RecordingPacer: RequestPacer {
    private let state = NIOLockedValueBox<(acquired: [CodeArtifactOperation], outcomes: [RequestOutcome])>(([], []))

    func acquire(_ operation: CodeArtifactOperation, region: String) async throws {
        state.withLockedValue { $0.acquired.append(operation) }
    }

    func didReceive(_ operation: CodeArtifactOperation, region: String, outcome: RequestOutcome) {
        state.withLockedValue { $0.outcomes.append(outcome) }
    }

    var acquired: [CodeArtifactOperation] { state.withLockedValue { $0.acquired } }
    var outcomes: [RequestOutcome] { state.withLockedValue { $0.outcomes } }
}
