import Foundation
import Synchronization

@testable import PruneEngine

/// Discrete-event time for many concurrent tasks: `sleep(until:)` parks the task, and
/// ``run(tasks:)`` wakes the earliest sleeper (ties in the order they slept) only once every
/// task is parked or done, then moves the clock to its deadline. One task runs at a time, so
/// a run is deterministic. Nothing really sleeps.
final class SimulatedRunClock: RunClock {
    private struct Sleeper: Sendable {
        var deadline: Double
        var order: Int
        var continuation: CheckedContinuation<Void, any Error>
    }

    private struct State: Sendable {
        var now = 0.0
        var order = 0
        var sleepers: [Sleeper] = []
        var running = 0
    }

    private let state = Mutex(State())

    func now() -> Double { state.withLock { $0.now } }

    func sleep(until deadline: Double) async throws {
        try Task.checkCancellation()
        try await withCheckedThrowingContinuation { continuation in
            state.withLock { state in
                state.order += 1
                state.sleepers.append(Sleeper(deadline: deadline, order: state.order, continuation: continuation))
            }
        }
    }

    /// Runs `tasks` concurrently in simulated time until all of them return.
    func run(tasks: [@Sendable () async -> Void]) async {
        state.withLock { $0.running = tasks.count }
        await withTaskGroup(of: Void.self) { group in
            for task in tasks {
                group.addTask {
                    await task()
                    self.state.withLock { $0.running -= 1 }
                }
            }
            while true {
                // Wait until every task still running is parked.
                while state.withLock({ $0.sleepers.count < $0.running }) { await Task.yield() }
                let next: Sleeper? = state.withLock { state in
                    guard
                        let index = state.sleepers.indices.min(by: {
                            (state.sleepers[$0].deadline, state.sleepers[$0].order)
                                < (state.sleepers[$1].deadline, state.sleepers[$1].order)
                        })
                    else { return nil }
                    let sleeper = state.sleepers.remove(at: index)
                    state.now = max(state.now, sleeper.deadline)
                    return sleeper
                }
                guard let next else { break }
                // The woken task runs until it parks again or ends (the wait at the top).
                next.continuation.resume()
            }
            await group.waitForAll()
        }
    }
}
