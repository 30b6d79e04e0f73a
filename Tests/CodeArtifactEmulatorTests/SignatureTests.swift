import CodeArtifactEmulator
import Foundation
import SigV4
import Testing

@Suite struct SignatureTests {
    static let listQuery = [("domain", "acme"), ("repository", "npm-store")]

    @Test func properlySignedRequestsPassAndOthersDoNot() async throws {
        try await Fixtures.withEmulator { client, _ in
            #expect(try await client.call(.listPackages, Self.listQuery).status == 200)

            var wrongSecret = client
            wrongSecret.credentials.secretAccessKey = "not-the-secret"
            let forged = try await wrongSecret.call(.listPackages, Self.listQuery)
            #expect(forged.status == 403 && forged.errorType == "InvalidSignatureException")
            #expect(forged.message.contains("signature we calculated does not match"))

            var unknown = client
            unknown.credentials.accessKeyId = "AKIDNOBODY"
            let stranger = try await unknown.call(.listPackages, Self.listQuery)
            #expect(stranger.status == 403 && stranger.errorType == "UnrecognizedClientException")

            var unsigned = client
            unsigned.unsigned = true
            let missing = try await unsigned.call(.listPackages, Self.listQuery)
            #expect(missing.status == 403 && missing.errorType == "IncompleteSignatureException")

            var otherRegion = client
            otherRegion.region = "eu-west-1"
            let region = try await otherRegion.call(.listPackages, Self.listQuery)
            #expect(region.status == 403 && region.errorType == "InvalidSignatureException")
            #expect(client.server.counters[.listPackages].statuses["403"] == 4)
        }
    }

    @Test func tamperingWithASignedRequestBreaksTheSignature() async throws {
        try await Fixtures.withEmulator { client, clock in
            // Sign one query, send another: the server must notice.
            let signer = SigV4Signer(
                credentials: client.credentials, region: "us-east-1", service: "codeartifact")
            let host = "\(client.server.host):\(client.server.port)"
            let signature = signer.sign(
                SigV4Request(
                    method: "POST", path: "/v1/packages", query: Self.listQuery, headers: [("host", host)]),
                date: clock.date)
            let authorization = try #require(signature.headers.first { $0.name == "Authorization" }?.value)
            let date = try #require(signature.headers.first { $0.name == "X-Amz-Date" }?.value)
            var tampered = client
            tampered.unsigned = true
            let answer = try await tampered.sendRaw(
                path: "/v1/packages?domain=acme&repository=python-internal",
                headers: [("Authorization", authorization), ("X-Amz-Date", date)])
            #expect(answer.status == 403 && answer.errorType == "InvalidSignatureException")
            let genuine = try await tampered.sendRaw(
                path: "/v1/packages?domain=acme&repository=npm-store",
                headers: [("Authorization", authorization), ("X-Amz-Date", date)])
            #expect(genuine.status == 200)
        }
    }

    @Test func clockSkewBeyondFifteenMinutesIsRefused() async throws {
        try await Fixtures.withEmulator { client, clock in
            var late = client
            late.date = clock.date.addingTimeInterval(-16 * 60)
            let expired = try await late.call(.listPackages, Self.listQuery)
            #expect(expired.status == 403 && expired.errorType == "InvalidSignatureException")
            #expect(expired.message.hasPrefix("Signature expired: "))
            late.date = clock.date.addingTimeInterval(-14 * 60)
            #expect(try await late.call(.listPackages, Self.listQuery).status == 200)
            var early = client
            early.date = clock.date.addingTimeInterval(16 * 60)
            let future = try await early.call(.listPackages, Self.listQuery)
            #expect(future.status == 403 && future.message.hasPrefix("Signature not yet current: "))
        }
    }

    @Test func sessionTokensAndExpiry() async throws {
        let clock = Fixtures.clock()
        let expiry = clock.date.addingTimeInterval(3600)
        try await Fixtures.withEmulator(clock: clock) { configuration in
            configuration.credentials = [
                EmulatorCredential(
                    accessKeyId: "ASIATEMP", secretAccessKey: "temp-secret", sessionToken: "token-1", expiration: expiry
                )
            ]
        } _: { client, clock in
            var temporary = client
            temporary.credentials = SigV4Credentials(
                accessKeyId: "ASIATEMP", secretAccessKey: "temp-secret", sessionToken: "token-1")
            #expect(try await temporary.call(.listPackages, Self.listQuery).status == 200)

            var wrongToken = temporary
            wrongToken.credentials.sessionToken = "token-2"
            let invalid = try await wrongToken.call(.listPackages, Self.listQuery)
            #expect(invalid.status == 403 && invalid.errorType == "UnrecognizedClientException")

            var noToken = temporary
            noToken.credentials.sessionToken = nil
            #expect(try await noToken.call(.listPackages, Self.listQuery).errorType == "UnrecognizedClientException")

            clock.advance(by: .seconds(3600))
            let expired = try await temporary.call(.listPackages, Self.listQuery)
            #expect(expired.status == 403 && expired.errorType == "ExpiredTokenException")
        }
    }

    @Test func verificationCanBeSwitchedOffForDemos() async throws {
        try await Fixtures.withEmulator { configuration in
            configuration.verifiesSignatures = false
        } _: { client, _ in
            var unsigned = client
            unsigned.unsigned = true
            let status = try await unsigned.call(.listPackages, Self.listQuery).status
            #expect(status == 200)
        }
    }
}

extension TestClient {
    /// A POST with exactly these headers (and the Host AsyncHTTPClient adds).
    func sendRaw(path: String, headers: [(String, String)]) async throws -> TestResponse {
        var copy = self
        copy.unsigned = true
        let parts = path.split(separator: "?", maxSplits: 1)
        let query =
            parts.count > 1
            ? parts[1].split(separator: "&").map { item -> (String, String) in
                let pair = item.split(separator: "=", maxSplits: 1)
                return (String(pair[0]), pair.count > 1 ? String(pair[1]) : "")
            } : []
        return try await copy.send(
            method: "POST", path: String(parts[0]), query: query, body: [], extraHeaders: headers)
    }
}
