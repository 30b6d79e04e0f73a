import Foundation

/// A value behind a lock, for state shared by request handlers on many threads. Critical
/// sections are short and never suspend.
///
/// Not `Mutex`, though prune uses `Mutex` elsewhere: with `Mutex` here, the emulator's
/// handlers starved the shared NIO event loops when the integration tests and the client's
/// HTTP tests ran in one process on this 2-core machine (client tests timed out; with this
/// lock they pass). Measured, not understood: revisit with a profile before changing it.
final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()

    init(_ value: Value) {
        self.value = value
    }

    func withLock<Result, Failure: Error>(_ body: (inout Value) throws(Failure) -> Result) throws(Failure) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
