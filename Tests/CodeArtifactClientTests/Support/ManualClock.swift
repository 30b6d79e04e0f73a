import CodeArtifactClient
import Foundation
import Synchronization

/// A clock that never really sleeps: `sleep` records the duration, advances the time and
/// returns (or throws when the task is cancelled).
final class ManualClock: ClientClock {
    private struct State {
        var now: Date
        var sleeps: [Duration] = []
    }

    private let state: Mutex<State>

    init(now: Date = Date(timeIntervalSince1970: 1_795_917_600)) {
        state = Mutex(State(now: now))
    }

    func now() -> Date { state.withLock { $0.now } }

    func sleep(for duration: Duration) async throws {
        try Task.checkCancellation()
        state.withLock { state in
            state.sleeps.append(duration)
            state.now = state.now.addingTimeInterval(duration.seconds)
        }
        try Task.checkCancellation()
    }

    /// Moves the time forward.
    func advance(by seconds: TimeInterval) {
        state.withLock { $0.now = $0.now.addingTimeInterval(seconds) }
    }

    /// The durations slept, in order.
    var sleeps: [Duration] { state.withLock { $0.sleeps } }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
