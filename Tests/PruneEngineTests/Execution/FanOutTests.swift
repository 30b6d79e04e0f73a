import PruneEngine
import Synchronization
import Testing

@Suite("FanOut: bounded task groups")
struct FanOutTests {
    /// Children running now and the most seen at once.
    final class Gauge: Sendable {
        let state = Mutex<(now: Int, peak: Int, started: Int)>((0, 0, 0))
        func enter() {
            state.withLock {
                $0.now += 1
                $0.started += 1
                $0.peak = max($0.peak, $0.now)
            }
        }
        func leave() { state.withLock { $0.now -= 1 } }
    }

    @Test(arguments: [1, 3, 32])
    func neverMoreThanTheLimitInFlightAndEveryInputOnce(limit: Int) async {
        let gauge = Gauge()
        var seen: [Int] = []
        await FanOut.run(over: Array(0..<200), limit: limit) { input in
            gauge.enter()
            await Task.yield()
            gauge.leave()
            return input * 2
        } collect: { output in
            seen.append(output)
        }
        #expect(seen.sorted() == (0..<200).map { $0 * 2 })
        #expect(gauge.state.withLock { $0.peak } <= limit)
    }

    @Test func aLimitBelowOneRunsOneAtATime() async {
        let gauge = Gauge()
        await FanOut.run(over: Array(0..<20), limit: 0) { _ in
            gauge.enter()
            await Task.yield()
            gauge.leave()
        } collect: { _ in
        }
        #expect(gauge.state.withLock { $0.peak } == 1)
        #expect(gauge.state.withLock { $0.started } == 20)
    }

    struct Boom: Error {}

    @Test func theFirstErrorStopsTheRestAndIsRethrown() async {
        let gauge = Gauge()
        await #expect(throws: Boom.self) {
            try await FanOut.run(over: Array(0..<1_000), limit: 4) { (input: Int) async throws(any Error) -> Int in
                gauge.enter()
                defer { gauge.leave() }
                if input == 10 { throw Boom() }
                try await Task.sleep(for: .milliseconds(1))
                return input
            } collect: { _ in
            }
        }
        #expect(gauge.state.withLock { $0.started } < 1_000, "inputs after the error are not started")
        #expect(gauge.state.withLock { $0.now } == 0, "every child has finished before the rethrow")
    }

    @Test func anErrorFromCollectStopsTheRun() async {
        let gauge = Gauge()
        await #expect(throws: Boom.self) {
            try await FanOut.run(over: Array(0..<1_000), limit: 2) { (input: Int) async throws(any Error) -> Int in
                gauge.enter()
                defer { gauge.leave() }
                return input
            } collect: { (output: Int) throws(any Error) in
                if output == 5 { throw Boom() }
            }
        }
        #expect(gauge.state.withLock { $0.started } < 1_000)
    }
}
