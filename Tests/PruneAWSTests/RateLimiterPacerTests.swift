import CodeArtifactClient
import CodeArtifactModel
import PruneAWS
import PruneEngine
import PruneManifest
import TestSupport
import Testing

/// The adapter between the client's pacer port and the engine's limiter: what each outcome
/// tells the limiter, in force before the next booking.
@Suite("Rate limiter as the client's pacer")
struct RateLimiterPacerTests {
    @Test func aThrottleCutsTheRateAtOnceAndSuccessesDoNot() async throws {
        // Sleeps return at once, moving the clock: the 50 slots take no real time.
        let limiters = RegionalRateLimiters(
            settings: Settings(rateLimits: [.writes: 100]), clock: TestClock(advancesOnSleep: true))
        let limiter = limiters.limiter(region: "us-east-1")
        let pacer = RateLimiterPacer(limiters)
        for _ in 0..<50 {
            try await pacer.acquire(.deletePackageVersions, region: "us-east-1")
            pacer.didReceive(.deletePackageVersions, region: "us-east-1", outcome: .success)
        }
        #expect(limiter.currentRate(.deletePackageVersions) == 100, "successes leave the rate alone")
        pacer.didReceive(
            .deletePackageVersions, region: "us-east-1", outcome: .throttled(retryAfter: .milliseconds(1_500)))
        #expect(limiter.currentRate(.deletePackageVersions) < 100, "the 429 is in force with no await")
        #expect(limiter.currentRate(.listPackages) == 200, "only the throttled operation slows")
        #expect(limiters.limiter(region: "eu-west-1").currentRate(.deletePackageVersions) == 100, "only its region")
    }
}
