import Dispatch
import Foundation
import PruneEngine

/// SIGINT/SIGTERM during apply: the first stops new requests and, after a grace period for
/// requests in flight, cancels them; a second cancels at once. The report is written either way.
final class SignalTrap: @unchecked Sendable {
    private var sources: [DispatchSourceSignal] = []
    private let queue = DispatchQueue(label: "prune.signals")
    private var count = 0

    /// Traps the signals until `cancel()`; `onStop` runs on the first, `onForce` after the grace period or a second signal.
    init(grace: Double, onStop: @escaping @Sendable () -> Void, onForce: @escaping @Sendable () -> Void) {
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: queue)
            source.setEventHandler { [unowned self] in
                count += 1
                if count == 1 {
                    onStop()
                    queue.asyncAfter(deadline: .now() + grace) { onForce() }
                } else {
                    onForce()
                }
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Restores the default handlers.
    func cancel() {
        for source in sources { source.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
