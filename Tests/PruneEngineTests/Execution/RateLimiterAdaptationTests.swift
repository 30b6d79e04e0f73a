import CodeArtifactModel
import Foundation
import PruneManifest
import TestSupport
import Testing

@testable import PruneEngine

@Suite("Rate limiter against a server with other quotas (simulated time)")
struct RateLimiterAdaptationTests {
    /// The server's quota as a multiple of the budget prune assumes (AWS's default, 100/s).
    @Test(arguments: [0.25, 0.5, 1, 2])
    func writesFindTheRealQuota(scale: Double) async {
        let simulation = QuotaSimulation(serverRate: 100 * scale, seconds: 90)
        let result = await simulation.run()
        let expected = min(100, 100 * scale)
        #expect(result.throttledShare <= 0.005, "\(result.throttled) of \(result.admitted + result.throttled)")
        #expect(result.rate >= 0.95 * expected, "\(result.rate)/s of \(expected)/s")
        // Never above the server's own bound (its burst plus its rate), nor prune's.
        #expect(Double(result.admitted) <= expected * (result.seconds + 1) + 1)
    }

    @Test(arguments: [0.25, 0.5])
    func readsFindTheRealQuota(scale: Double) async {
        let simulation = QuotaSimulation(
            operation: .listPackageVersions, serverRate: 200 * scale, seconds: 60)
        let result = await simulation.run()
        #expect(result.throttledShare <= 0.005, "\(result.throttled) of \(result.admitted + result.throttled)")
        #expect(result.rate >= 0.95 * 200 * scale, "\(result.rate)/s")
    }

    @Test func feedbackIsInForceForTheNextBooking() {
        let clock = TestClock()
        let limiter = RateLimiter(settings: Settings(rateLimits: [.writes: 100]), clock: clock)
        for _ in 0..<50 {
            _ = limiter.reserve(.deletePackageVersions)
            limiter.admitted(.deletePackageVersions)
        }
        clock.advance(by: .seconds(0.5))
        // No `await` between the 429 and the next booking: the cut is already there.
        limiter.throttled(.deletePackageVersions, retryAfter: 1)
        let rate = limiter.currentRate(.deletePackageVersions)
        #expect(rate < 100)
        let first = limiter.reserve(.deletePackageVersions)
        let second = limiter.reserve(.deletePackageVersions)
        #expect(first >= 0.5 + 1 / rate - 1e-6, "no burst credit after a 429: the server's bucket is empty")
        #expect(second - first >= 1 / rate - 1e-6)
    }

    @Test func theCutGoesJustUnderWhatTheServerAdmitted() {
        let clock = TestClock()
        let limiter = RateLimiter(settings: Settings(rateLimits: [.writes: 100]), clock: clock)
        // 40 answers a second for two seconds, the first second counted as the server's burst.
        for _ in 0..<80 {
            limiter.admitted(.deletePackageVersions)
        }
        _ = limiter.reserve(.deletePackageVersions)
        clock.advance(by: .seconds(1))
        limiter.throttled(.deletePackageVersions, retryAfter: 1)
        #expect(abs(limiter.currentRate(.deletePackageVersions) - 0.95 * 40) < 1e-9)
        // A second 429 of the same episode changes nothing.
        limiter.throttled(.deletePackageVersions, retryAfter: 1)
        #expect(abs(limiter.currentRate(.deletePackageVersions) - 0.95 * 40) < 1e-9)
        // Then the rate climbs slowly, to the budget at most.
        clock.advance(by: .seconds(10))
        #expect(abs(limiter.currentRate(.deletePackageVersions) - 0.95 * 40 - 10 * 0.005 * 40) < 1e-9)
        clock.advance(by: .seconds(1_000))
        #expect(limiter.currentRate(.deletePackageVersions) == 100)
        // Other operations were never slowed.
        #expect(limiter.currentRate(.disposePackageVersions) == 100)
    }

    @Test func retryAfterFloorsTheOperationsNextSlotOnly() {
        let clock = TestClock()
        let limiter = RateLimiter(settings: Settings(rateLimits: [.writes: 100]), clock: clock)
        _ = limiter.reserve(.deletePackageVersions)
        limiter.throttled(.deletePackageVersions, retryAfter: 4)
        // Whole seconds rounded up: the server's own wait is more than 3 s.
        #expect(limiter.reserve(.deletePackageVersions) >= 3 - 1e-6)
        #expect(limiter.reserve(.listPackages) < 1)
        // The usual `Retry-After: 1` holds nothing beyond the lowered pace.
        let other = RateLimiter(settings: Settings(rateLimits: [.writes: 100]), clock: clock)
        _ = other.reserve(.deletePackageVersions)
        other.throttled(.deletePackageVersions, retryAfter: 1)
        #expect(other.reserve(.deletePackageVersions) - clock.seconds < 0.1)
    }

    @Test func sleepersBookAgainAfterACut() async {
        let clock = TestClock()
        let limiter = RateLimiter(settings: Settings(rateLimits: [.writes: 100]), clock: clock)
        let starts = StartLog()
        // Spend the burst, so the next callers sleep on booked slots.
        for _ in 0..<100 { _ = limiter.reserve(.deletePackageVersions) }
        var tasks: [@Sendable () async -> Void] = (0..<20).map { _ in
            {
                try? await limiter.acquire(.deletePackageVersions)
                starts.append(clock.seconds)
            }
        }
        tasks.append {
            // A 429 just before the first of the 20 wakes: their slots were booked at 100/s.
            try? await clock.sleep(until: .seconds(0.49))
            limiter.throttled(.deletePackageVersions, retryAfter: 1)
        }
        await clock.run(tasks: tasks)
        let rate = limiter.currentRate(.deletePackageVersions)
        let sorted = starts.values.sorted()
        #expect(rate < 100)
        #expect(sorted.count == 20)
        for (earlier, later) in zip(sorted, sorted.dropFirst()) {
            #expect(later - earlier >= 1 / rate - 1e-6, "slots at the new pace")
        }
    }
}
