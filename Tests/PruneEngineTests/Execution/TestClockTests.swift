import Foundation
import TestSupport
import Testing

/// The shared test clock itself: the limiter, retry and quota tests lean on it, so how it
/// moves is pinned here.
@Suite("Test clock")
struct TestClockTests {
    @Test func advancingWakesTheSleepersItReachesAndNoOthers() async throws {
        let clock = TestClock()
        let woke = StartLog()
        await withTaskGroup(of: Void.self) { group in
            for deadline in [3.0, 1.0, 2.0] {
                group.addTask {
                    try? await clock.sleep(until: .seconds(deadline))
                    woke.append(deadline)
                }
            }
            // A sleep that parks after the clock passed its deadline returns at once, so the
            // clock may move as soon as the three asked.
            while clock.sleeps.count < 3 { await Task.yield() }
            clock.advance(by: .seconds(2))
            while woke.values.count < 2 { await Task.yield() }
            #expect(woke.values.sorted() == [1, 2])
            clock.advance(by: .seconds(1))
        }
        #expect(woke.values.sorted() == [1, 2, 3])
        #expect(clock.now == .seconds(3))
    }

    @Test func aDueSleepReturnsAndACancelledOneThrows() async {
        let clock = TestClock()
        clock.advance(by: .seconds(1))
        await #expect(throws: Never.self) { try await clock.sleep(until: .seconds(0.5)) }
        let sleeper = Task { try await clock.sleep(for: .seconds(10)) }
        sleeper.cancel()
        await #expect(throws: CancellationError.self) { try await sleeper.value }
    }

    @Test func sleepsThatAdvanceTheClockMoveItsDates() async throws {
        let start = Date(timeIntervalSince1970: 1_795_000_000)
        let clock = TestClock(startDate: start, advancesOnSleep: true)
        try await clock.sleep(for: .milliseconds(1_500))
        try await clock.sleep(for: .seconds(2))
        #expect(clock.sleeps == [.milliseconds(1_500), .seconds(2)])
        #expect(clock.dates.now() == start.addingTimeInterval(3.5))
    }

    @Test func aSimulationWakesTheEarliestOnceAllAreParked() async {
        let clock = TestClock()
        let order = StartLog()
        await clock.run(tasks: [
            {
                try? await clock.sleep(until: .seconds(2))
                order.append(clock.seconds)
            },
            {
                // Due at once, yet it waits for its turn: the other task parks first.
                try? await clock.sleep(until: .seconds(0))
                try? await clock.sleep(until: .seconds(1))
                order.append(clock.seconds)
            },
        ])
        #expect(order.values == [1, 2])
    }
}
