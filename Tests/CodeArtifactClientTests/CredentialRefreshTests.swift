import Foundation
import Synchronization
import TestSupport
import Testing

@testable import CodeArtifactClient

/// Expiring credentials are refreshed ahead of expiry, once, however many callers ask.
@Suite struct CredentialRefreshTests {
    /// Gives credentials expiring an hour after "now", numbered; each load waits at a gate.
    final class CountingProvider: CredentialProvider {
        let clock: TestClock
        let loads = Mutex(0)
        let gate: Gate

        init(clock: TestClock, gate: Gate) {
            self.clock = clock
            self.gate = gate
        }

        var name: String { "counting" }

        func load() async throws -> CredentialLookup {
            let number = loads.withLock { count -> Int in
                count += 1
                return count
            }
            await gate.wait()
            return .found(
                AWSCredentials(
                    accessKeyId: "AKID\(number)", secretAccessKey: "secret-\(number)", sessionToken: "token-\(number)",
                    expiration: clock.date.addingTimeInterval(3600), source: name))
        }
    }

    /// A count the child tasks share: a `Mutex` local cannot be sent to them, a class holding one can.
    final class Counter: Sendable {
        let value = Mutex(0)
    }

    /// Holds loads until opened.
    actor Gate {
        private var open = true
        private var waiting: [CheckedContinuation<Void, Never>] = []

        func close() { open = false }

        func wait() async {
            if open { return }
            await withCheckedContinuation { waiting.append($0) }
        }

        func release() {
            open = true
            for continuation in waiting { continuation.resume() }
            waiting = []
        }
    }

    @Test func refreshedOnceUnderAHundredConcurrentCallers() async throws {
        let clock = Fixtures.clock()
        let gate = Gate()
        let provider = CountingProvider(clock: clock, gate: gate)
        let cache = CredentialCache(
            providers: [provider], dates: clock.dates, refreshWindow: .seconds(300), logger: Fixtures.quietLogger())
        let first = try await cache.current()
        #expect(first.accessKeyId == "AKID1")
        clock.advance(by: .seconds(3000))  // 10 minutes left: outside the window, no refresh
        #expect(try await cache.current().accessKeyId == "AKID1")
        clock.advance(by: .seconds(400))  // 200 s left: inside the 5-minute window
        await gate.close()
        let started = Counter()
        let keys = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<100 {
                group.addTask {
                    started.value.withLock { $0 += 1 }
                    return try await cache.current().accessKeyId
                }
            }
            while started.value.withLock({ $0 }) < 100 { await Task.yield() }
            for _ in 0..<100 { await Task.yield() }
            await gate.release()
            var keys: [String] = []
            for try await key in group { keys.append(key) }
            return keys
        }
        #expect(keys.count == 100)
        #expect(Set(keys) == ["AKID2"])
        #expect(provider.loads.withLock { $0 } == 2)
        #expect(await cache.loadCount == 2)
    }

    @Test func longTermKeysAreNeverReloaded() async throws {
        let transport = ScriptedTransport(status: 200, body: #"{"packages":[]}"#)
        let clock = Fixtures.clock()
        let session = try Fixtures.session(transport: transport, clock: clock)
        let client = try session.codeArtifact()
        for _ in 0..<5 {
            _ = try await client.listPackagesPage(ListPackagesRequest(repository: Fixtures.repository))
            clock.advance(by: .seconds(86_400))
        }
        #expect(await session.credentialCache.loadCount == 1)
    }

    @Test func aFailedEarlyRefreshKeepsTheCurrentCredentials() async throws {
        let clock = Fixtures.clock()
        let attempts = Mutex(0)
        let processes = StubProcessRunner { _ in
            let attempt = attempts.withLock { value -> Int in
                value += 1
                return value
            }
            guard attempt == 1 else { return ProcessResult(status: 1, standardOutput: []) }
            let json =
                #"{"Version":1,"AccessKeyId":"AKIDP","SecretAccessKey":"s","SessionToken":"t","Expiration":"2026-11-29T03:00:00Z"}"#
            return ProcessResult(status: 0, standardOutput: Array(json.utf8))
        }
        let session = try Fixtures.session(
            transport: ScriptedTransport(status: 500), variables: ["HOME": "/h", "AWS_EC2_METADATA_DISABLED": "true"],
            files: ["/h/.aws/config": "[default]\ncredential_process = creds\n"], clock: clock, processes: processes)
        #expect(try await session.credentials().accessKeyId == "AKIDP")
        clock.advance(by: .seconds(3300))  // 5 minutes before 03:00: refresh is due, and fails
        #expect(try await session.credentials().accessKeyId == "AKIDP")
        clock.advance(by: .seconds(600))  // expired: the failure now surfaces
        await #expect(throws: CredentialsError.self) { _ = try await session.credentials() }
    }
}
