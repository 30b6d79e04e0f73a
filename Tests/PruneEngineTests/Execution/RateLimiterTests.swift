import CodeArtifactClient
import Foundation
import PruneManifest
import Testing

@testable import PruneEngine

@Suite("Rate limiter (manual clock)")
struct RateLimiterTests {
    @Test func longRunRateIsWithinFivePercentOfTheBudget() async {
        let clock = ManualRunClock()
        let limiter = RateLimiter(settings: Settings(rateLimits: [.writes: 100]), clock: clock)
        var last = 0.0
        for _ in 0..<10_000 { last = await limiter.reserve(.deletePackageVersions) }
        // The first second's burst comes free; after it, one slot every 1/100 s.
        let rate = Double(10_000 - 100) / last
        #expect(abs(rate - 100) / 100 < 0.05, "rate \(rate)")
    }

    @Test func burstIsOneSecondOfRate() async {
        let clock = ManualRunClock()
        let limiter = RateLimiter(settings: Settings(rateLimits: [.listPackageVersions: 50]), clock: clock)
        var immediate = 0
        for _ in 0..<200 where await limiter.reserve(.listPackageVersions) == 0 { immediate += 1 }
        #expect(immediate == 50)
    }

    @Test func classBudgetIsShared() async {
        let clock = ManualRunClock()
        let limiter = RateLimiter(
            settings: Settings(rateLimits: [.writes: 100, .deletePackageVersions: 100, .disposePackageVersions: 100]),
            clock: clock)
        var last = 0.0
        for index in 0..<4_000 {
            last = await limiter.reserve(index % 2 == 0 ? .deletePackageVersions : .disposePackageVersions)
        }
        let rate = Double(4_000 - 100) / last
        #expect(abs(rate - 100) / 100 < 0.05, "two write operations together: \(rate)/s")
    }

    @Test func readsAndWritesDoNotShareABudget() async {
        let clock = ManualRunClock()
        let limiter = RateLimiter(
            settings: Settings(rateLimits: [.writes: 10, .reads: 10, .listPackages: 10]), clock: clock)
        for _ in 0..<10 { _ = await limiter.reserve(.deletePackageVersions) }
        #expect(await limiter.reserve(.listPackages) == 0)
    }

    @Test func throttlingCutsTheRateAndItRecoversSlowly() async {
        let clock = ManualRunClock()
        let limiter = RateLimiter(settings: Settings(rateLimits: [.writes: 100]), clock: clock)
        await limiter.throttled(.deletePackageVersions, retryAfter: 1)
        #expect(await limiter.currentRate(.deletePackageVersions) == 70)
        // A burst of 429s in the same second cuts once.
        await limiter.throttled(.deletePackageVersions, retryAfter: 1)
        #expect(await limiter.currentRate(.deletePackageVersions) == 70)
        clock.advance(by: 2)
        _ = await limiter.reserve(.deletePackageVersions)
        #expect(await limiter.currentRate(.deletePackageVersions) == 80)
        clock.advance(by: 10)
        _ = await limiter.reserve(.deletePackageVersions)
        #expect(await limiter.currentRate(.deletePackageVersions) == 100)
        // Other operations were never slowed.
        #expect(await limiter.currentRate(.disposePackageVersions) == 100)
    }

    @Test func afterAThrottleTheSlotsSpreadOut() async {
        let clock = ManualRunClock()
        let limiter = RateLimiter(settings: Settings(rateLimits: [.writes: 100]), clock: clock)
        for _ in 0..<100 { _ = await limiter.reserve(.deletePackageVersions) }
        await limiter.throttled(.deletePackageVersions, retryAfter: 1)
        let first = await limiter.reserve(.deletePackageVersions)
        let second = await limiter.reserve(.deletePackageVersions)
        #expect(second - first >= 1.0 / 70 - 1e-9)
    }
}

@Suite("Rate limit defaults")
struct RateLimitDefaultsTests {
    @Test func writeOperationsTakeTheWritesBudgetUnlessLimited() {
        let raised = Settings(rateLimits: [.writes: 2_000])
        #expect(raised.rateLimit(for: .deletePackageVersions) == 2_000)
        #expect(raised.rateLimit(for: .updatePackageVersionsStatus) == 2_000)
        #expect(Settings().rateLimit(for: .disposePackageVersions) == 100)
        let limited = Settings(rateLimits: [.writes: 2_000, .deletePackageVersions: 50])
        #expect(limited.rateLimit(for: .deletePackageVersions) == 50)
        #expect(Settings().rateLimit(for: .listPackages) == 200)
        #expect(Settings().rateLimit(for: .describePackageVersion) == 400)
    }
}
