import CodeArtifactModel
import Foundation
import PruneManifest
import Synchronization
import TestSupport

@testable import PruneEngine

/// Concurrent callers going through the real limiter (`RateLimiter.acquire`, then the
/// outcome to `didReceive`) against a ``SimulatedQuotaServer``, in simulated time: each caller
/// sends one request after another, waits a round trip for the answer and, on a 429, waits
/// `Retry-After` before retrying, as `CodeArtifactService.perform` does.
struct QuotaSimulation {
    /// What the server saw.
    struct Result: Sendable {
        var admitted = 0
        var throttled = 0
        var seconds = 0.0

        var throttledShare: Double { Double(throttled) / Double(max(1, admitted + throttled)) }
        var rate: Double { Double(admitted) / seconds }
    }

    /// The tally, shared by the callers.
    final class Tally: Sendable {
        let result: Mutex<Result>

        init(seconds: Double) {
            result = Mutex(Result(seconds: seconds))
        }
    }

    var operation = CodeArtifactOperation.deletePackageVersions
    var region = "us-east-1"
    var settings = Settings()
    /// The server's real quota for the operation.
    var serverRate: Double
    var callers = Settings.defaultConcurrency
    /// Simulated seconds.
    var seconds = 60.0
    /// Round trips are spread over this range (deterministically).
    var roundTrip = 0.001...0.004

    func run() async -> Result {
        let clock = TestClock()
        let limiter = RegionalRateLimiters(settings: settings, clock: clock).limiter(region: region)
        let server = SimulatedQuotaServer(rate: serverRate)
        let tally = Tally(seconds: seconds)
        let operation = operation
        let (seconds, roundTrip) = (seconds, roundTrip)
        let tasks: [@Sendable () async -> Void] = (0..<callers).map { caller in
            {
                var random = UInt64(caller + 1) &* 0x9E37_79B9_7F4A_7C15
                func nextTrip() -> Double {
                    random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    let unit = Double(random >> 11) / Double(1 << 53)
                    return roundTrip.lowerBound + unit * (roundTrip.upperBound - roundTrip.lowerBound)
                }
                do {
                    while clock.seconds < seconds {
                        try await limiter.acquire(operation)
                        let sent = clock.seconds
                        guard sent < seconds else { return }
                        let retryAfter = server.admit(at: sent)
                        try await clock.sleep(until: .seconds(sent + nextTrip()))
                        if let retryAfter {
                            tally.result.withLock { $0.throttled += 1 }
                            limiter.throttled(operation, retryAfter: Double(retryAfter))
                            try await clock.sleep(until: .seconds(clock.seconds + Double(retryAfter)))
                        } else {
                            tally.result.withLock { $0.admitted += 1 }
                            limiter.admitted(operation)
                        }
                    }
                } catch {
                    // Not cancelled in these runs.
                }
            }
        }
        await clock.run(tasks: tasks)
        return tally.result.withLock { $0 }
    }
}
