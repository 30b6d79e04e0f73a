import Synchronization

/// Set by SIGINT/SIGTERM: the runner starts no new request once it is set; requests in
/// flight finish (or are cancelled by the caller after a grace period).
public final class StopSignal: Sendable {
    private let stopped = Atomic<Bool>(false)

    /// Creates an unset signal.
    public init() {}

    /// Asks the run to stop.
    public func stop() { stopped.store(true, ordering: .sequentiallyConsistent) }

    /// True once `stop()` was called.
    public var isStopped: Bool { stopped.load(ordering: .sequentiallyConsistent) }
}
