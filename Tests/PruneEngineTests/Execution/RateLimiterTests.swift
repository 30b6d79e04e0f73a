import CodeArtifactModel
import Foundation
import PruneManifest
import TestSupport
import Testing

@testable import PruneEngine

@Suite("Rate limiter (manual clock)")
struct RateLimiterTests {
    @Test func longRunRateIsWithinFivePercentOfTheBudget() {
        let clock = TestClock()
        let limiter = RateLimiter(settings: Settings(rateLimits: [.writes: 100]), clock: clock)
        var last = 0.0
        for _ in 0..<10_000 { last = limiter.reserve(.deletePackageVersions) }
        // The first second's burst comes free; after it, one slot every 1/100 s.
        let rate = Double(10_000 - 100) / last
        #expect(abs(rate - 100) / 100 < 0.05, "rate \(rate)")
    }

    @Test func noBurstUntilTheBudgetHeldForTwoSeconds() {
        let clock = TestClock()
        let limiter = RateLimiter(settings: Settings(rateLimits: [.operation(.listPackageVersions): 50]), clock: clock)
        // Before the server has shown it takes the budget: the budget's pace, no burst.
        let early = (0..<20).map { _ in limiter.reserve(.listPackageVersions) }
        for (earlier, later) in zip(early, early.dropFirst()) { #expect(later - earlier >= 1.0 / 50 - 1e-6) }
        // Two seconds without a 429 (idle since): one second of burst plus the second's own 50,
        // spent at twice the rate, not all at once.
        clock.advance(by: .seconds(3))
        let slots = (0..<200).map { _ in limiter.reserve(.listPackageVersions) }
        let firstSecond = slots.filter { $0 <= 3.99 }.count
        #expect((98...100).contains(firstSecond), "\(firstSecond)")
        for (earlier, later) in zip(slots, slots.dropFirst()) { #expect(later - earlier >= 1.0 / 100 - 1e-6) }
    }

    @Test func noBurstAfterAThrottle() {
        let clock = TestClock()
        let limiter = RateLimiter(settings: Settings(rateLimits: [.operation(.listPackageVersions): 50]), clock: clock)
        _ = limiter.reserve(.listPackageVersions)
        clock.advance(by: .seconds(0.5))
        limiter.throttled(.listPackageVersions, retryAfter: 1)
        clock.advance(by: .seconds(10))
        let slots = (0..<20).map { _ in limiter.reserve(.listPackageVersions) }
        let rate = limiter.currentRate(.listPackageVersions)
        for (earlier, later) in zip(slots, slots.dropFirst()) { #expect(later - earlier >= 1.0 / rate - 1e-6) }
    }

    @Test func classBudgetIsShared() {
        let clock = TestClock()
        let limiter = RateLimiter(
            settings: Settings(rateLimits: [
                .writes: 100, .operation(.deletePackageVersions): 100, .operation(.disposePackageVersions): 100,
            ]),
            clock: clock)
        var last = 0.0
        for index in 0..<4_000 {
            last = limiter.reserve(index % 2 == 0 ? .deletePackageVersions : .disposePackageVersions)
        }
        let rate = Double(4_000 - 100) / last
        #expect(abs(rate - 100) / 100 < 0.05, "two write operations together: \(rate)/s")
    }

    @Test func readsAndWritesDoNotShareABudget() {
        let clock = TestClock()
        let limiter = RateLimiter(
            settings: Settings(rateLimits: [.writes: 10, .reads: 10, .operation(.listPackages): 10]), clock: clock)
        for _ in 0..<10 { _ = limiter.reserve(.deletePackageVersions) }
        #expect(limiter.reserve(.listPackages) == 0)
    }

    /// Repository patterns' listing is a read like the others (docs/spec/aws.md: no quota of its own).
    @Test func listingRepositoriesSpendsTheReadBudget() {
        let clock = TestClock()
        let limiter = RateLimiter(
            settings: Settings(rateLimits: [.reads: 10, .operation(.listPackages): 1_000]), clock: clock)
        var last = 0.0
        for _ in 0..<100 { last = limiter.reserve(.listPackages) }
        #expect(last > 5)
        #expect(limiter.reserve(.listRepositoriesInDomain) >= last, "waits behind the other reads")
    }

    @Test func afterAThrottleTheSlotsSpreadOut() {
        let clock = TestClock()
        let limiter = RateLimiter(settings: Settings(rateLimits: [.writes: 100]), clock: clock)
        for _ in 0..<100 { _ = limiter.reserve(.deletePackageVersions) }
        clock.advance(by: .seconds(1))
        // No answers yet to estimate from: a plain cut.
        limiter.throttled(.deletePackageVersions, retryAfter: 1)
        let rate = limiter.currentRate(.deletePackageVersions)
        #expect(rate == 80)
        let first = limiter.reserve(.deletePackageVersions)
        let second = limiter.reserve(.deletePackageVersions)
        #expect(first >= 1 + 1.0 / rate - 1e-6, "no burst credit: the server's bucket is empty")
        #expect(second - first >= 1.0 / rate - 1e-6)
    }
}

@Suite("Rate limit defaults")
struct RateLimitDefaultsTests {
    @Test func writeOperationsTakeTheWritesBudgetUnlessLimited() {
        let raised = Settings(rateLimits: [.writes: 2_000])
        #expect(raised.rateLimit(for: .operation(.deletePackageVersions)) == 2_000)
        #expect(raised.rateLimit(for: .operation(.updatePackageVersionsStatus)) == 2_000)
        #expect(Settings().rateLimit(for: .operation(.disposePackageVersions)) == 100)
        let limited = Settings(rateLimits: [.writes: 2_000, .operation(.deletePackageVersions): 50])
        #expect(limited.rateLimit(for: .operation(.deletePackageVersions)) == 50)
        #expect(Settings().rateLimit(for: .operation(.listPackages)) == 200)
        #expect(Settings().rateLimit(for: .operation(.describePackageVersion)) == 400)
    }
}

@Suite("Rate limiters per region")
struct RegionalRateLimitersTests {
    @Test func eachRegionHasItsOwnBudgetAndPace() {
        let clock = TestClock()
        let limiters = RegionalRateLimiters(settings: Settings(rateLimits: [.writes: 100]), clock: clock)
        let east = limiters.limiter(region: "us-east-1")
        #expect(limiters.limiter(region: "us-east-1") === east)
        let west = limiters.limiter(region: "eu-west-1")
        for _ in 0..<100 { _ = east.reserve(.deletePackageVersions) }
        // The other region's budget is untouched by the first's bookings...
        #expect(west.reserve(.deletePackageVersions) == 0)
        // ...and by its 429s.
        clock.advance(by: .seconds(1))
        east.throttled(.deletePackageVersions, retryAfter: 1)
        #expect(east.currentRate(.deletePackageVersions) < 100)
        #expect(west.currentRate(.deletePackageVersions) == 100)
    }

    @Test func retryAfterHoldsOnlyItsRegion() async {
        let clock = TestClock()
        let limiters = RegionalRateLimiters(settings: Settings(rateLimits: [.writes: 100]), clock: clock)
        let (east, west) = (limiters.limiter(region: "us-east-1"), limiters.limiter(region: "eu-west-1"))
        let starts = StartLog()
        await clock.run(tasks: [
            {
                try? await east.acquire(.deletePackageVersions)
                try? await clock.sleep(until: .seconds(0.5))
                east.throttled(.deletePackageVersions, retryAfter: 4)
                // Retry-After (whole seconds, rounded up) floors this operation's next slot in
                // this region at its seconds less one, through the real acquire path.
                try? await east.acquire(.deletePackageVersions)
                starts.append(clock.seconds)
            },
            {
                try? await clock.sleep(until: .seconds(0.6))
                try? await west.acquire(.deletePackageVersions)
                starts.append(clock.seconds)
            },
        ])
        let values = starts.values.sorted()
        #expect(values.count == 2)
        #expect(abs(values[0] - 0.6) < 1e-9, "the other region is not held")
        #expect(values[1] >= 3.5 - 1e-9, "held until Retry-After less one second")
    }
}
