import Foundation
import TestSupport
import Testing

@testable import CodeArtifactClient

/// Requests built by the client, signed at a fixed time with fixed keys, compared with answers
/// computed independently by botocore's `SigV4Auth` (botocore 1.43.11) through
/// `Scripts/sigv4-known-answers.py`, whose output is pasted below.
@Suite struct SigningKnownAnswerTests {
    static let secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
    static let token = "IQoJb3JpZ2luX2VjEXAMPLE/session+token=="

    /// 2026-11-29T02:00:00Z, the script's `NOW` (and the test clock's default).
    static let date = Date(timeIntervalSince1970: 1_795_917_600)

    private func session(token: String?, transport: ScriptedTransport) throws -> AWSSession {
        var variables = Fixtures.environment
        variables["AWS_SECRET_ACCESS_KEY"] = Self.secret
        variables["AWS_SESSION_TOKEN"] = token
        return try Fixtures.session(
            transport: transport, variables: variables, options: ClientOptions(region: "us-east-1"),
            clock: Fixtures.clock(Self.date))
    }

    @Test func deletePackageVersionsWithSessionToken() async throws {
        let transport = ScriptedTransport(status: 200, body: #"{"successfulVersions":{},"failedVersions":{}}"#)
        let session = try session(token: Self.token, transport: transport)
        let client = try session.codeArtifact()
        let request = DeletePackageVersionsRequest(
            package: Fixtures.package, versions: ["1.0.0-beta.1", "1.0.0-rc.1"], expectedStatus: .published)

        let expectedCanonical = """
            POST
            /v1/package/versions/delete
            domain=acme&domain-owner=111122223333&format=npm&namespace=acme&package=ui-kit&repository=npm-store
            content-type:application/json
            host:codeartifact.us-east-1.amazonaws.com
            x-amz-date:20261129T020000Z
            x-amz-security-token:IQoJb3JpZ2luX2VjEXAMPLE/session+token==

            content-type;host;x-amz-date;x-amz-security-token
            384b710ab7ed9480bae3219f829c06d6cb42047a27f60d252fea86b761e4b597
            """
        let expectedAuthorization =
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261129/us-east-1/codeartifact/aws4_request, "
            + "SignedHeaders=content-type;host;x-amz-date;x-amz-security-token, "
            + "Signature=17c1a822555851abdb52ed12d303a0cafdb033ebf44b96f12c772411a58f7559"

        let signed = client.signedRequest(
            try OperationCall.deletePackageVersions(request), credentials: try await session.credentials())
        #expect(signed.signature.canonicalRequest == expectedCanonical)
        #expect(signed.signature.authorization == expectedAuthorization)

        _ = try await client.deletePackageVersions(request)
        let sent = try #require(transport.requests.first)
        #expect(
            sent.url
                == "https://codeartifact.us-east-1.amazonaws.com/v1/package/versions/delete?domain=acme"
                + "&domain-owner=111122223333&repository=npm-store&format=npm&namespace=acme&package=ui-kit")
        #expect(
            String(decoding: sent.body, as: UTF8.self)
                == #"{"expectedStatus":"Published","versions":["1.0.0-beta.1","1.0.0-rc.1"]}"#)
        #expect(sent.header("Authorization") == expectedAuthorization)
        #expect(sent.header("X-Amz-Security-Token") == Self.token)
        #expect(sent.header("X-Amz-Date") == "20261129T020000Z")
        #expect(sent.header("Host") == "codeartifact.us-east-1.amazonaws.com")
    }

    @Test func listPackageVersionsWithTokenHoldingSlashPlusEquals() async throws {
        let transport = ScriptedTransport(status: 200, body: #"{"versions":[]}"#)
        let session = try session(token: nil, transport: transport)
        let client = try session.codeArtifact()
        let request = ListPackageVersionsRequest(
            package: Fixtures.mavenPackage, sortBy: .publishedTime, maxResults: 1000,
            nextToken: "eyJvZmZzZXQiOjEwMDB9/ab+cd==")

        let expectedCanonical = """
            POST
            /v1/package/versions
            domain=acme&domain-owner=111122223333&format=maven&max-results=1000&namespace=com.example&next-token=eyJvZmZzZXQiOjEwMDB9%2Fab%2Bcd%3D%3D&package=core&repository=maven-store&sortBy=PUBLISHED_TIME
            host:codeartifact.us-east-1.amazonaws.com
            x-amz-date:20261129T020000Z

            host;x-amz-date
            e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
            """
        let expectedAuthorization =
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261129/us-east-1/codeartifact/aws4_request, "
            + "SignedHeaders=host;x-amz-date, "
            + "Signature=445c9eb53c88eef288a97a459a4d477e1eb9c3a7af90fe6c4da685d9d57f9f08"

        let signed = client.signedRequest(
            OperationCall.listPackageVersions(request), credentials: try await session.credentials())
        #expect(signed.signature.canonicalRequest == expectedCanonical)
        #expect(signed.signature.authorization == expectedAuthorization)

        _ = try await client.listPackageVersionsPage(request)
        let sent = try #require(transport.requests.first)
        #expect(
            sent.url
                == "https://codeartifact.us-east-1.amazonaws.com/v1/package/versions?domain=acme"
                + "&domain-owner=111122223333&repository=maven-store&format=maven&namespace=com.example"
                + "&package=core&sortBy=PUBLISHED_TIME&max-results=1000&next-token=eyJvZmZzZXQiOjEwMDB9%2Fab%2Bcd%3D%3D"
        )
        #expect(sent.body.isEmpty)
        #expect(sent.header("Authorization") == expectedAuthorization)
        #expect(sent.header("X-Amz-Security-Token") == nil)
        #expect(sent.header("Content-Type") == nil)
    }
}
