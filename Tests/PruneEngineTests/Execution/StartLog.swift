import Synchronization

/// Instants appended by concurrent tasks.
final class StartLog: Sendable {
    private let log = Mutex<[Double]>([])

    func append(_ instant: Double) { log.withLock { $0.append(instant) } }

    var values: [Double] { log.withLock { $0 } }
}
