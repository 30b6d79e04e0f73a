import Foundation
import PruneEngine
import Synchronization

/// What SIGINT/SIGTERM do to an apply: during the reads the run is cancelled at once
/// (nothing was written; exit 130, no report); during the writes no new request starts,
/// those in flight get a grace period, then are cancelled; the report is written either way.
final class RunInterruption: Sendable {
    private struct State {
        var task: Task<Void, any Error>?
        var writing = false
    }

    /// Tells the runner to start no new request.
    let stop = StopSignal()
    private let state = Mutex(State())

    func attach(_ task: Task<Void, any Error>) { state.withLock { $0.task = task } }

    /// The write phase begins: a signal now lets requests in flight finish.
    func beginWrites() { state.withLock { $0.writing = true } }

    func firstSignal() {
        stop.stop()
        let (task, writing) = state.withLock { ($0.task, $0.writing) }
        if writing {
            OutputStyle.printError(
                "\nstopping: no new requests; waiting up to 10 s for those in flight (signal again to cancel them)")
        } else {
            OutputStyle.printError("\nstopping before any write: nothing was acted on")
            task?.cancel()
        }
    }

    func force() {
        state.withLock { $0.task }?.cancel()
    }

    /// True once a signal arrived.
    var isStopped: Bool { stop.isStopped }
}
