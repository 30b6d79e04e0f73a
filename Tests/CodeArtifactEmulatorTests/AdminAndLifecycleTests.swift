import AsyncHTTPClient
import CodeArtifactEmulator
import Foundation
import Inventory
import Testing

@Suite struct AdminAndLifecycleTests {
    @Test func stateDumpResetAndCounters() async throws {
        try await Fixtures.withEmulator { client, _ in
            let dump = try await client.admin("GET", "/_emulator/state")
            #expect(dump.status == 200)
            let seed = try Inventory(jsonData: Data(dump.body))
            #expect(seed == Fixtures.inventory.sorted())
            #expect(Data(dump.body) == Fixtures.inventory.jsonData())

            _ = try await client.call(.deletePackageVersions, Fixtures.uiKit, body: ["versions": ["1.0.0", "2.0.0"]])
            _ = try await client.call(
                .updatePackageVersionsStatus, Fixtures.uiKit, body: ["versions": ["1.1.0"], "targetStatus": "Unlisted"])
            let changed = try Inventory(jsonData: Data(try await client.admin("GET", "/_emulator/state").body))
            #expect(changed.versionCount == seed.versionCount - 2)
            #expect(changed != seed)

            let counters = try await client.admin("GET", "/_emulator/counters")
            let decoded = try JSONDecoder().decode(EmulatorCounters.self, from: Data(counters.body))
            #expect(
                decoded[.deletePackageVersions].requests == 1 && decoded[.deletePackageVersions].statuses["200"] == 1)
            #expect(decoded[.deletePackageVersions].succeededVersions == 2)
            #expect(decoded[.updatePackageVersionsStatus].requests == 1)
            #expect(decoded == client.server.counters)

            #expect(try await client.admin("POST", "/_emulator/reset").status == 200)
            #expect(try Inventory(jsonData: Data(try await client.admin("GET", "/_emulator/state").body)) == seed)
            #expect(client.server.counters.totalRequests == 0)
            #expect(try await client.admin("GET", "/_emulator/health").json["status"] as? String == "ok")
            #expect(try await client.admin("GET", "/_emulator/nothing").status == 404)
        }
    }

    @Test func configurationChangesAtRuntime() async throws {
        try await Fixtures.withEmulator { client, _ in
            let changed = try await client.admin(
                "POST", "/_emulator/config",
                body:
                    #"{"quotas": "ListPackages=1/1", "faults": "DisposePackageVersions=500:1", "statusUpdates": "all-or-nothing"}"#
            )
            #expect(changed.status == 200)
            #expect(client.server.statusUpdates == .allOrNothing)
            #expect(client.server.quotas.operations[.listPackages] == .init(rate: 1, burst: 1))
            #expect(client.server.faults.rules[.disposePackageVersions]?.errorProbability == 1)
            let query = [("domain", "acme"), ("repository", "npm-store")]
            #expect(try await client.call(.listPackages, query).status == 200)
            #expect(try await client.call(.listPackages, query).status == 429)
            let rejected = try await client.admin(
                "POST", "/_emulator/config", body: #"{"quotas": "ListPackages=fast"}"#)
            #expect(rejected.status == 400)
            let config = try await client.admin("GET", "/_emulator/config")
            #expect(config.json["statusUpdates"] as? String == "all-or-nothing")
        }
    }

    @Test func shutdownClosesTheSocketAndIsIdempotent() async throws {
        let server = try await CodeArtifactEmulatorServer.start(EmulatorConfiguration(inventory: Fixtures.inventory))
        #expect(server.port > 0)
        #expect(server.endpoint.absoluteString == "http://127.0.0.1:\(server.port)")
        var client = TestClient(server)
        #expect(try await client.admin("GET", "/_emulator/health").status == 200)
        try await server.shutdown()
        try await server.shutdown()
        // A refused connection is retried by AsyncHTTPClient until the deadline: keep it short.
        client.timeout = .milliseconds(500)
        await #expect(throws: (any Error).self) { _ = try await client.admin("GET", "/_emulator/health") }
    }

    @Test func withRunningShutsDownWhenTheBodyThrows() async throws {
        struct Boom: Error {}
        let port = Box(0)
        await #expect(throws: Boom.self) {
            _ = try await CodeArtifactEmulatorServer.withRunning(EmulatorConfiguration()) { server in
                port.set(server.port)
                throw Boom()
            }
        }
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(port.get())/_emulator/health")
        request.method = .GET
        await #expect(throws: (any Error).self) {
            _ = try await HTTPClient.shared.execute(request, timeout: .milliseconds(500))
        }
    }

    @Test func bindingATakenPortFails() async throws {
        _ = try await CodeArtifactEmulatorServer.withRunning(EmulatorConfiguration()) { server in
            await #expect(throws: (any Error).self) {
                let second = try await CodeArtifactEmulatorServer.start(EmulatorConfiguration(port: server.port))
                try await second.shutdown()
            }
        }
    }
}

/// A tiny lock box for values set inside escaping test closures.
final class Box<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    func get() -> Value {
        lock.lock()
        defer { lock.unlock() }
        return value
    }

    func set(_ newValue: Value) {
        lock.lock()
        value = newValue
        lock.unlock()
    }
}
