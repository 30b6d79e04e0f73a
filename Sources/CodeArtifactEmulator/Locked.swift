import Foundation

/// A value behind a lock, for state shared by request handlers on many threads. Critical
/// sections are short and never suspend.
///
/// Not yet `Mutex`, though prune uses `Mutex` elsewhere: when the switch was tried, the
/// client's local-server tests timed out in full test runs on a loaded 2-core machine, and
/// the cause (the lock, or the load) was not settled. Try again with the machine idle.
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
