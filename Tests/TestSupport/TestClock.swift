import CodeArtifactModel
import Foundation
import Synchronization

/// The tests' one clock: virtual time behind the standard library's `Clock`, so the rate
/// limiter, retries and backoff, the pacer and the emulator's quotas run without really
/// sleeping, and the same way every run.
///
/// Ours rather than pointfreeco/swift-clocks' `TestClock`: that is two more packages to build,
/// and the pacing simulations need a cooperative scheduler (``run(tasks:)``: advance only when
/// every task is parked) that it does not have.
///
/// Time moves in one of three ways:
/// - by hand: ``advance(by:)`` moves it and resumes the sleepers it reaches, earliest first;
/// - by the sleeper, when made with `advancesOnSleep`: `sleep(until:)` moves the clock to its
///   deadline and returns at once (one task whose waits are what the test checks: backoff);
/// - by ``run(tasks:)``, a discrete-event simulation of many tasks.
///
/// Every sleep is recorded (``sleeps``). Wall-clock dates follow it: ``dates`` reads
/// ``startDate`` plus the time since the clock started.
public final class TestClock: Clock, Sendable {
    /// A point in the clock's time: how long after it started.
    public struct Instant: InstantProtocol, Sendable {
        /// Time since the clock started.
        public var offset: Swift.Duration

        /// The instant `offset` after the start.
        public init(offset: Swift.Duration) {
            self.offset = offset
        }

        /// The instant `seconds` after the start.
        public static func seconds(_ seconds: Double) -> Instant {
            Instant(offset: .seconds(seconds))
        }

        /// The instant `duration` later.
        public func advanced(by duration: Swift.Duration) -> Instant {
            Instant(offset: offset + duration)
        }

        /// The time from this instant to `other`.
        public func duration(to other: Instant) -> Swift.Duration {
            other.offset - offset
        }

        /// Earlier.
        public static func < (lhs: Instant, rhs: Instant) -> Bool {
            lhs.offset < rhs.offset
        }
    }

    private struct Sleeper: Sendable {
        var deadline: Instant
        /// Wake order among equal deadlines: the order they slept in.
        var order: Int
        /// Which sleep it is, for cancellation.
        var id: Int
        var continuation: CheckedContinuation<Void, any Error>
    }

    private enum Parking {
        case parked, due, cancelled
    }

    private struct State: Sendable {
        var now = Instant(offset: .zero)
        var order = 0
        var ids = 0
        var sleepers: [Sleeper] = []
        /// Sleeps cancelled before they parked (or after they woke: never looked at again).
        var cancelled: Set<Int> = []
        var sleeps: [Swift.Duration] = []
        /// Tasks of ``run(tasks:)`` not yet done; 0 outside it.
        var running = 0
        var simulating = false

        /// Removes and returns the earliest sleeper (ties: the first to sleep) due by `limit`.
        mutating func nextDue(by limit: Instant?) -> Sleeper? {
            guard
                let index = sleepers.indices.min(by: {
                    (sleepers[$0].deadline, sleepers[$0].order) < (sleepers[$1].deadline, sleepers[$1].order)
                })
            else { return nil }
            if let limit, sleepers[index].deadline > limit { return nil }
            return sleepers.remove(at: index)
        }
    }

    /// The wall-clock date at the clock's start.
    public let startDate: Date
    private let advancesOnSleep: Bool
    private let state = Mutex(State())

    /// A clock at zero, whose dates start at `startDate`. With `advancesOnSleep`, a sleep moves
    /// the clock to its deadline and returns at once; otherwise it parks until the clock gets there.
    public init(startDate: Date = Date(timeIntervalSince1970: 1_795_917_600), advancesOnSleep: Bool = false) {
        self.startDate = startDate
        self.advancesOnSleep = advancesOnSleep
    }

    /// The current instant.
    public var now: Instant { state.withLock { $0.now } }

    /// Any duration can be slept: time is exact here.
    public var minimumResolution: Swift.Duration { .zero }

    /// The durations asked for, in order (deadline less the time at the call).
    public var sleeps: [Swift.Duration] { state.withLock { $0.sleeps } }

    /// Time since the clock started, in seconds.
    public var seconds: Double { now.offset / .seconds(1) }

    /// The wall-clock date now: ``startDate`` plus the time since the clock started.
    public var date: Date { startDate.addingTimeInterval(seconds) }

    /// A date source that follows the clock (``date``).
    public var dates: DateSource { DateSource { self.date } }

    /// Waits until the clock reaches `deadline` (see the type's note for how it moves); throws
    /// `CancellationError` when the task is cancelled first.
    public func sleep(until deadline: Instant, tolerance: Swift.Duration? = nil) async throws {
        try Task.checkCancellation()
        if advancesOnSleep {
            state.withLock { $0.sleeps.append($0.now.duration(to: deadline)) }
            advance(to: deadline)
            try Task.checkCancellation()
            return
        }
        let id: Int = state.withLock { state in
            state.sleeps.append(state.now.duration(to: deadline))
            state.ids += 1
            return state.ids
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                let parking: Parking = state.withLock { state in
                    if state.cancelled.remove(id) != nil { return .cancelled }
                    // Inside a simulation every sleep parks, even one that is due: the
                    // scheduler picks who runs next. Outside, a due sleep returns.
                    if !state.simulating && deadline <= state.now { return .due }
                    state.order += 1
                    state.sleepers.append(
                        Sleeper(deadline: deadline, order: state.order, id: id, continuation: continuation))
                    return .parked
                }
                switch parking {
                case .parked: break
                case .due: continuation.resume()
                case .cancelled: continuation.resume(throwing: CancellationError())
                }
            }
        } onCancel: {
            let sleeper: Sleeper? = state.withLock { state in
                guard let index = state.sleepers.firstIndex(where: { $0.id == id }) else {
                    state.cancelled.insert(id)
                    return nil
                }
                return state.sleepers.remove(at: index)
            }
            sleeper?.continuation.resume(throwing: CancellationError())
        }
    }

    /// Moves the clock `duration` forward and resumes every sleeper due by then, earliest first.
    public func advance(by duration: Swift.Duration) {
        advance(to: now.advanced(by: duration))
    }

    /// Moves the clock to `instant` (never back) and resumes every sleeper due by then, earliest first.
    public func advance(to instant: Instant) {
        let due: [Sleeper] = state.withLock { state in
            state.now = max(state.now, instant)
            var due: [Sleeper] = []
            while let sleeper = state.nextDue(by: state.now) { due.append(sleeper) }
            return due
        }
        for sleeper in due { sleeper.continuation.resume() }
    }

    /// Runs `tasks` concurrently in simulated time until all of them return: once every task
    /// still running is parked, wakes the earliest sleeper (ties in the order they slept) and
    /// moves the clock to its deadline. One task runs at a time, so a run is deterministic.
    public func run(tasks: [@Sendable () async -> Void]) async {
        state.withLock {
            $0.running = tasks.count
            $0.simulating = true
        }
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
                    guard let sleeper = state.nextDue(by: nil) else { return nil }
                    state.now = max(state.now, sleeper.deadline)
                    return sleeper
                }
                guard let next else { break }
                // The woken task runs until it parks again or ends (the wait at the top).
                next.continuation.resume()
            }
            await group.waitForAll()
        }
        state.withLock { $0.simulating = false }
    }
}
