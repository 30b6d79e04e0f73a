import Foundation
import Testing

@testable import CodeArtifactEmulator

@Suite struct QuotaTests {
    static let listQuery = [("domain", "acme"), ("repository", "npm-store")]

    @Test func overQuotaIsThrottledWithRetryAfter() async throws {
        try await Fixtures.withEmulator { configuration in
            configuration.quotas = try! EmulatorQuotas.parse("ListPackages=2", base: .unlimited)
        } _: { client, clock in
            #expect(try await client.call(.listPackages, Self.listQuery).status == 200)
            #expect(try await client.call(.listPackages, Self.listQuery).status == 200)
            let throttled = try await client.call(.listPackages, Self.listQuery)
            #expect(throttled.status == 429 && throttled.errorType == "ThrottlingException")
            #expect(throttled.headers["retry-after"] == "1")
            #expect(throttled.json["retryAfterSeconds"] as? Int == 1 && !throttled.message.isEmpty)
            // Other operations have their own buckets.
            #expect(try await client.call(.listPackageVersions, Fixtures.uiKit).status == 200)
            clock.advance(by: .seconds(0.5))
            #expect(try await client.call(.listPackages, Self.listQuery).status == 200)
            #expect(try await client.call(.listPackages, Self.listQuery).status == 429)
            let counters = client.server.counters[.listPackages]
            #expect(counters.throttled == 2 && counters.requests == 5 && counters.statuses["429"] == 2)
        }
    }

    @Test func retryAfterIsTheWholeSecondsUntilATokenIsFree() async throws {
        try await Fixtures.withEmulator { configuration in
            configuration.quotas = EmulatorQuotas(operations: [.listPackages: .init(rate: 0.25, burst: 1)])
        } _: { client, clock in
            #expect(try await client.call(.listPackages, Self.listQuery).status == 200)
            let first = try await client.call(.listPackages, Self.listQuery)
            #expect(first.headers["retry-after"] == "4")
            clock.advance(by: .seconds(2.5))
            #expect(try await client.call(.listPackages, Self.listQuery).headers["retry-after"] == "2")
            clock.advance(by: .seconds(1.5))
            #expect(try await client.call(.listPackages, Self.listQuery).status == 200)
        }
    }

    @Test func writesShareTheirClassBucket() async throws {
        try await Fixtures.withEmulator { configuration in
            configuration.quotas = try! EmulatorQuotas.parse("writes=2/2", base: .unlimited)
        } _: { client, _ in
            let delete = try await client.call(.deletePackageVersions, Fixtures.uiKit, body: ["versions": ["1.0.0"]])
            let dispose = try await client.call(.disposePackageVersions, Fixtures.uiKit, body: ["versions": ["1.1.0"]])
            let update = try await client.call(
                .updatePackageVersionsStatus, Fixtures.uiKit, body: ["versions": ["2.0.0"], "targetStatus": "Archived"])
            let statuses: [Int] = [delete.status, dispose.status, update.status]
            #expect(statuses == [200, 200, 429])
            #expect(try await client.call(.listPackages, Self.listQuery).status == 200)
        }
    }

    @Test func bucketStateMachine() {
        var bucket = TokenBucket(EmulatorQuotas.Limit(rate: 10))
        bucket.refill(now: .zero)
        for _ in 0..<10 {
            #expect(bucket.wait == 0)
            bucket.take()
        }
        #expect(abs(bucket.wait - 0.1) < 1e-6)
        bucket.refill(now: .milliseconds(50))
        #expect(abs(bucket.wait - 0.05) < 1e-6)
        bucket.refill(now: .seconds(100))
        #expect(bucket.tokens == 10)
    }

    @Test func quotaTextForm() throws {
        #expect(EmulatorQuotas.aws.operations[.listPackages]?.rate == 200)
        #expect(EmulatorQuotas.aws.operations[.describePackageVersion] == nil)
        #expect(EmulatorQuotas.aws.reads?.rate == 800 && EmulatorQuotas.aws.writes?.burst == 100)
        let scaled = try EmulatorQuotas.parse("scale=20")
        #expect(scaled.writes?.rate == 2000 && scaled.operations[.listPackageVersions]?.burst == 4000)
        let custom = try EmulatorQuotas.parse("off,writes=5/20,deletepackageversions=1")
        #expect(custom.writes == .init(rate: 5, burst: 20) && custom.reads == nil)
        #expect(custom.operations[.deletePackageVersions]?.rate == 1)
        #expect(try EmulatorQuotas.parse(custom.description, base: .aws) == custom)
        #expect(try EmulatorQuotas.parse("all=off", base: .aws) == .unlimited)
        for bad in ["writes", "writes=0", "writes=-1", "Frobnicate=3", "writes=5/0", "scale=0"] {
            #expect(throws: EmulatorConfigurationError.self, "\(bad)") { try EmulatorQuotas.parse(bad) }
        }
    }
}
