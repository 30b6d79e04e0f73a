import Foundation
import Testing

@testable import CodeArtifactEmulator

@Suite struct FaultTests {
    static let describe = Fixtures.uiKit + [("version", "1.0.0")]

    private func statuses(_ client: TestClient, count: Int) async throws -> [Int] {
        var result: [Int] = []
        for _ in 0..<count { result.append(try await client.call(.describePackageVersion, Self.describe).status) }
        return result
    }

    @Test func faultsAreReproducibleWithASeed() async throws {
        try await Fixtures.withEmulator { configuration in
            configuration.faults = try! EmulatorFaults.parse("DescribePackageVersion=500:0.3,seed=42")
        } _: { client, _ in
            let first = try await statuses(client, count: 40)
            #expect(first.contains(500) && first.contains(200))
            #expect(Set(first) == [200, 500])
            client.server.reset()
            let again = try await statuses(client, count: 40)
            #expect(again == first)
            let counters = client.server.counters[.describePackageVersion]
            #expect(
                counters.injectedErrors == again.filter { $0 == 500 }.count
                    && counters.faults == counters.injectedErrors)
            client.server.faults = try EmulatorFaults.parse("DescribePackageVersion=500:0.3,seed=43")
            let other = try await statuses(client, count: 40)
            #expect(other != first)
            // Other operations are untouched.
            for _ in 0..<20 {
                let status = try await client.call(.listPackageVersions, Fixtures.uiKit).status
                #expect(status == 200)
            }
        }
    }

    @Test func injectorDrawsTheSameSequenceForTheSameSeed() throws {
        let faults = try EmulatorFaults.parse("all=500:0.2,drop:0.1,latency:10ms+5ms,seed=9")
        let first = FaultInjector(faults)
        let second = FaultInjector(faults)
        let a = (0..<200).map { _ in first.decide(.deletePackageVersions) }
        let b = (0..<200).map { _ in second.decide(.deletePackageVersions) }
        #expect(a == b)
        #expect(a.contains { $0.kind == .drop } && a.contains { $0.kind == .error } && a.contains { $0.kind == .none })
        #expect(a.contains { $0.afterChange } && a.contains { $0.kind != .none && !$0.afterChange })
        #expect(a.allSatisfy { $0.latency >= .milliseconds(10) && $0.latency <= .milliseconds(15) })
    }

    @Test func aFaultAfterTheChangeHidesASuccessfulWrite() async throws {
        try await Fixtures.withEmulator { configuration in
            configuration.faults = try! EmulatorFaults.parse("DeletePackageVersions=500:1,when:after")
        } _: { client, _ in
            let answer = try await client.call(.deletePackageVersions, Fixtures.uiKit, body: ["versions": ["1.0.0"]])
            #expect(answer.status == 500 && answer.errorType == "InternalServerException")
            #expect(try await client.call(.describePackageVersion, Self.describe).status == 404)
            client.server.faults = try EmulatorFaults.parse("DeletePackageVersions=500:1,when:before")
            let before = try await client.call(.deletePackageVersions, Fixtures.uiKit, body: ["versions": ["1.1.0"]])
            #expect(before.status == 500)
            #expect(
                try await client.call(.describePackageVersion, Fixtures.uiKit + [("version", "1.1.0")]).status == 200)
            #expect(client.server.counters[.deletePackageVersions].faultsAfterChange == 1)
        }
    }

    @Test func gatewayPagesAreHTMLWithoutAnErrorType() async throws {
        try await Fixtures.withEmulator { configuration in
            configuration.faults = try! EmulatorFaults.parse("DescribePackageVersion=gateway:1,seed=5")
        } _: { client, _ in
            var seen: Set<Int> = []
            for _ in 0..<30 {
                let answer = try await client.call(.describePackageVersion, Self.describe)
                #expect([502, 503, 504].contains(answer.status))
                #expect(answer.errorType == nil)
                #expect(answer.headers["content-type"] == "text/html")
                let page = String(decoding: answer.body, as: UTF8.self)
                #expect(page.hasPrefix("<html>") && page.contains("<title>\(answer.status) "))
                #expect((try? JSONSerialization.jsonObject(with: Data(answer.body))) == nil)
                seen.insert(answer.status)
            }
            #expect(seen == [502, 503, 504])
            let counters = client.server.counters[.describePackageVersion]
            #expect(counters.gatewayErrors == 30 && counters.faults == 30 && counters.injectedErrors == 0)
            #expect(counters.errors.isEmpty)
            #expect(counters.statuses.values.reduce(0, +) == 30 && counters.statuses["200"] == nil)
        }
    }

    @Test func aGatewayPageAfterTheChangeHidesASuccessfulWrite() async throws {
        try await Fixtures.withEmulator { configuration in
            configuration.faults = try! EmulatorFaults.parse("DeletePackageVersions=gateway:1,when:after")
        } _: { client, _ in
            let answer = try await client.call(.deletePackageVersions, Fixtures.uiKit, body: ["versions": ["1.0.0"]])
            #expect([502, 503, 504].contains(answer.status) && answer.errorType == nil)
            #expect(try await client.call(.describePackageVersion, Self.describe).status == 404)
            client.server.faults = try EmulatorFaults.parse("DeletePackageVersions=gateway:1,when:before")
            let before = try await client.call(.deletePackageVersions, Fixtures.uiKit, body: ["versions": ["1.1.0"]])
            #expect([502, 503, 504].contains(before.status) && before.errorType == nil)
            #expect(
                try await client.call(.describePackageVersion, Fixtures.uiKit + [("version", "1.1.0")]).status == 200)
            let counters = client.server.counters[.deletePackageVersions]
            #expect(counters.faultsAfterChange == 1 && counters.gatewayErrors == 2)
        }
    }

    @Test func gatewayPagesAreReproducibleWithASeed() throws {
        let faults = try EmulatorFaults.parse("writes=500:0.2,gateway:0.5,drop:0.1,seed=21")
        let a = FaultInjector(faults)
        let b = FaultInjector(faults)
        let first = (0..<300).map { _ in a.decide(.disposePackageVersions) }
        let second = (0..<300).map { _ in b.decide(.disposePackageVersions) }
        #expect(first == second)
        let statuses = Set(
            first.compactMap { decision -> Int? in
                if case .gateway(let status) = decision.kind { return status }
                return nil
            })
        #expect(statuses == [502, 503, 504])
        let gateways = first.filter { if case .gateway = $0.kind { true } else { false } }.count
        #expect(gateways > 100 && gateways < 200)
        #expect(first.contains { $0.kind == .error } && first.contains { $0.kind == .drop })
        // A gateway share leaves the draws of 500s and drops where they were: same kinds
        // wherever the draw fell below their share.
        let without = FaultInjector(try EmulatorFaults.parse("writes=500:0.2,drop:0.1,seed=21"))
        for decision in first {
            let other = without.decide(.disposePackageVersions)
            if decision.kind == .error || decision.kind == .drop { #expect(other.kind == decision.kind) }
            #expect(other.afterChange == decision.afterChange)
        }
    }

    @Test func droppedConnectionsCloseWithoutAnAnswer() async throws {
        try await Fixtures.withEmulator { configuration in
            configuration.faults = try! EmulatorFaults.parse("ListPackages=drop:1,when:before")
        } _: { client, _ in
            await #expect(throws: (any Error).self) {
                _ = try await client.call(.listPackages, [("domain", "acme"), ("repository", "npm-store")])
            }
            let counters = client.server.counters[.listPackages]
            #expect(counters.droppedConnections == 1 && counters.statuses.isEmpty)
            // The server is still fine.
            let status = try await client.call(.listPackageVersions, Fixtures.uiKit).status
            #expect(status == 200)
        }
    }

    @Test func faultTextForm() throws {
        let faults = try EmulatorFaults.parse(
            "500:0.05,drop:2%,DeletePackageVersions=latency:20ms+10ms,when:after,ListPackages=off,seed=7")
        #expect(faults.seed == 7)
        #expect(faults.rules[.listPackages] == nil)
        #expect(faults.rules[.describePackageVersion]?.errorProbability == 0.05)
        #expect(faults.rules[.describePackageVersion]?.dropProbability == 0.02)
        let delete = try #require(faults.rules[.deletePackageVersions])
        #expect(delete.latency == .milliseconds(20) && delete.jitter == .milliseconds(10) && delete.timing == .after)
        #expect(try EmulatorFaults.parse(faults.description) == faults)
        let gateway = try EmulatorFaults.parse("writes=gateway:0.55,when:either,latency:2ms,seed=3")
        #expect(gateway.rules[.deletePackageVersions]?.gatewayProbability == 0.55)
        #expect(gateway.rules[.listPackages] == nil)
        #expect(gateway.description.contains("gateway:0.55"))
        #expect(try EmulatorFaults.parse(gateway.description) == gateway)
        #expect(try EmulatorFaults.parse("500:0.2,gateway:0.5,drop:0.3").rules[.listPackages]?.isActive == true)
        let writes = try EmulatorFaults.parse("writes=drop:0.5")
        #expect(
            Set(writes.rules.keys) == [.deletePackageVersions, .disposePackageVersions, .updatePackageVersionsStatus])
        for bad in [
            "500", "500:2", "drop:x", "latency:fast", "when:later", "Nope=500:0.1", "seed=-1", "500:0.7,drop:0.5",
            "gateway:1.5", "gateway:0.6,500:0.5", "500:0.3,drop:0.3,gateway:0.5",
        ] {
            #expect(throws: EmulatorConfigurationError.self, "\(bad)") { try EmulatorFaults.parse(bad) }
        }
    }
}
