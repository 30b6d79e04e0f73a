import Foundation
import Synchronization

@testable import PruneEngine

/// Virtual time for tests: `sleep(until:)` jumps the clock forward instead of waiting, and
/// `advance(by:)` moves it by hand. Nothing really sleeps.
final class ManualRunClock: RunClock {
    private let current = Mutex<Double>(0)

    func now() -> Double { current.withLock { $0 } }

    func advance(by seconds: Double) { current.withLock { $0 += seconds } }

    func sleep(until deadline: Double) async throws {
        try Task.checkCancellation()
        current.withLock { $0 = max($0, deadline) }
    }
}
