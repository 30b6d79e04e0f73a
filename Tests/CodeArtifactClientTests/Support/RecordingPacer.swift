import CodeArtifactClient
import CodeArtifactModel
import Synchronization

/// A pacer that lets everything through and records what it saw.
final class RecordingPacer: RequestPacer {
    private let state = Mutex<(acquired: [CodeArtifactOperation], outcomes: [RequestOutcome])>(([], []))

    func acquire(_ operation: CodeArtifactOperation, region: String) async throws {
        state.withLock { $0.acquired.append(operation) }
    }

    func didReceive(_ operation: CodeArtifactOperation, region: String, outcome: RequestOutcome) {
        state.withLock { $0.outcomes.append(outcome) }
    }

    var acquired: [CodeArtifactOperation] { state.withLock { $0.acquired } }
    var outcomes: [RequestOutcome] { state.withLock { $0.outcomes } }
}
