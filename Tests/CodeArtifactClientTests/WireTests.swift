import Foundation
import Testing

@testable import CodeArtifactClient

/// The six operations against an in-process server: method, path, query and its encoding,
/// headers, body; pagination to the end; answers parsed.
@Suite struct WireTests {
    private func client(_ server: TestHTTPServer, _ transport: AsyncHTTPTransport) throws -> CodeArtifactService {
        try Fixtures.session(
            transport: transport,
            options: ClientOptions(region: "us-east-1", endpointURL: server.url)
        ).codeArtifact()
    }

    @Test func listPackagesFollowsEveryPageWithEmptyBodies() async throws {
        try await TestHTTPServer.answering { request in
            switch request.query["next-token"] {
            case nil:
                return .json(
                    #"{"packages":[{"format":"npm","namespace":"acme","package":"a"},"#
                        + #"{"format":"npm","namespace":"acme","package":"b"}],"nextToken":"p2/x+y=="}"#)
            case "p2/x+y==":
                return .json(#"{"packages":[],"nextToken":"p3"}"#)
            case "p3":
                return .json(#"{"packages":[{"format":"npm","package":"c"}]}"#)
            default:
                return .json(#"{"message":"bad token"}"#, status: 400)
            }
        }.run { server in
            try await TestTransport.with { transport in
                let client = try client(server, transport)
                var names: [String] = []
                let request = ListPackagesRequest(
                    repository: Fixtures.repository, format: .npm, namespace: "acme", packagePrefix: "ui",
                    maxResults: 2)
                for try await package in client.listPackages(request) { names.append(package.package) }
                #expect(names == ["a", "b", "c"])

                let requests = server.requests
                #expect(requests.count == 3)
                for request in requests {
                    #expect(request.method == "POST")
                    #expect(request.path == "/v1/packages")
                    #expect(request.body.isEmpty)
                    #expect(request.header("Content-Length") == "0")
                    #expect(request.header("Content-Type") == nil)
                    #expect(request.header("Host") == "127.0.0.1:\(server.port)")
                    #expect(
                        request.header("Authorization")?.hasPrefix("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/") == true)
                    #expect(request.header("Authorization")?.contains("/us-east-1/codeartifact/aws4_request") == true)
                    #expect(request.header("X-Amz-Date") != nil)
                }
                #expect(
                    requests[0].rawQuery
                        == "domain=acme&domain-owner=111122223333&repository=npm-store&format=npm&namespace=acme&package-prefix=ui&max-results=2"
                )
                #expect(requests[1].rawQuery?.hasSuffix("&next-token=p2%2Fx%2By%3D%3D") == true)
                #expect(requests[1].query["next-token"] == "p2/x+y==")
                #expect(requests[2].query["next-token"] == "p3")
                #expect(client.statistics()[.listPackages].requests == 3)
            }
        }
    }

    @Test func listPackageVersionsBindsEveryFilterAndPaginates() async throws {
        try await TestHTTPServer.answering { request in
            if request.query["next-token"] == nil {
                return .json(
                    #"{"format":"maven","namespace":"com.example","package":"core","defaultDisplayVersion":"2.0","#
                        + #""versions":[{"version":"2.0","revision":"r2","status":"Published","#
                        + #""origin":{"domainEntryPoint":{"repositoryName":"maven-store"},"originType":"INTERNAL"}}],"#
                        + #""nextToken":"tok/2+="}"#)
            }
            return .json(
                #"{"versions":[{"version":"1.0","status":"Archived","origin":{"domainEntryPoint":"#
                    + #"{"externalConnectionName":"public:maven-central"},"originType":"EXTERNAL"}}]}"#)
        }.run { server in
            try await TestTransport.with { transport in
                let client = try client(server, transport)
                let request = ListPackageVersionsRequest(
                    package: Fixtures.mavenPackage, status: .published, sortBy: .publishedTime, maxResults: 1000,
                    originType: .internal)
                var versions: [PackageVersionSummary] = []
                for try await version in client.listPackageVersions(request) { versions.append(version) }
                #expect(versions.map(\.version) == ["2.0", "1.0"])
                #expect(versions[0].revision == "r2")
                #expect(versions[0].status == .published)
                #expect(versions[0].origin?.originType == .internal)
                #expect(versions[0].origin?.domainEntryPoint?.repositoryName == "maven-store")
                #expect(versions[1].status == .archived)
                #expect(versions[1].origin?.domainEntryPoint?.externalConnectionName == "public:maven-central")

                let requests = server.requests
                #expect(requests.count == 2)
                #expect(requests.allSatisfy { $0.method == "POST" && $0.path == "/v1/package/versions" })
                #expect(requests.allSatisfy { $0.body.isEmpty && $0.header("Content-Length") == "0" })
                #expect(
                    requests[0].rawQuery
                        == "domain=acme&domain-owner=111122223333&repository=maven-store&format=maven"
                        + "&namespace=com.example&package=core&status=Published&sortBy=PUBLISHED_TIME"
                        + "&max-results=1000&originType=INTERNAL")
                #expect(requests[1].rawQuery?.contains("&next-token=tok%2F2%2B%3D&") == true)
                #expect(requests[1].query["next-token"] == "tok/2+=")
            }
        }
    }

    @Test func describePackageVersionParsesEpochSeconds() async throws {
        try await TestHTTPServer.answering { _ in
            .json(
                #"{"packageVersion":{"format":"npm","namespace":"acme","packageName":"ui-kit","version":"1.0.0","#
                    + #""publishedTime":1577481261.09,"revision":"REV1","status":"Unlisted","#
                    + #""origin":{"originType":"INTERNAL"},"licenses":[{"name":"MIT"}]}}"#)
        }.run { server in
            try await TestTransport.with { transport in
                let client = try client(server, transport)
                let description = try await client.describePackageVersion(
                    DescribePackageVersionRequest(package: Fixtures.package, version: "1.0.0"))
                let published = try #require(description.publishedTime)
                #expect(abs(published.timeIntervalSince1970 - 1_577_481_261.09) < 0.0005)
                #expect(description.revision == "REV1")
                #expect(description.status == .unlisted)
                #expect(description.origin?.originType == .internal)
                #expect(description.packageName == "ui-kit")

                let request = try #require(server.requests.first)
                #expect(request.method == "GET")
                #expect(request.path == "/v1/package/version")
                #expect(
                    request.rawQuery
                        == "domain=acme&domain-owner=111122223333&repository=npm-store&format=npm&namespace=acme"
                        + "&package=ui-kit&version=1.0.0")
                #expect(request.body.isEmpty)
            }
        }
    }

    @Test func deletePackageVersionsSendsJSONAndReadsBothMaps() async throws {
        try await TestHTTPServer.answering { _ in
            .json(
                #"{"successfulVersions":{"1.0.0-beta.1":{"revision":"R1","status":"Deleted"}},"#
                    + #""failedVersions":{"1.0.0-rc.1":{"errorCode":"MISMATCHED_STATUS","#
                    + #""errorMessage":"current status: Archived, expected status: Published"}}}"#)
        }.run { server in
            try await TestTransport.with { transport in
                let client = try client(server, transport)
                let result = try await client.deletePackageVersions(
                    DeletePackageVersionsRequest(
                        package: Fixtures.package, versions: ["1.0.0-beta.1", "1.0.0-rc.1"],
                        expectedStatus: .published))
                #expect(
                    result.successfulVersions["1.0.0-beta.1"]
                        == SuccessfulPackageVersionInfo(revision: "R1", status: .deleted))
                #expect(result.failedVersions["1.0.0-rc.1"]?.errorCode == .mismatchedStatus)
                #expect(
                    result.failedVersions["1.0.0-rc.1"]?.errorMessage
                        == "current status: Archived, expected status: Published")
                #expect(result.retriedAfterUnknownOutcome == false)
                #expect(result.attempts == 1)

                let request = try #require(server.requests.first)
                #expect(request.method == "POST")
                #expect(request.path == "/v1/package/versions/delete")
                #expect(
                    request.rawQuery
                        == "domain=acme&domain-owner=111122223333&repository=npm-store&format=npm&namespace=acme&package=ui-kit"
                )
                #expect(request.header("Content-Type") == "application/json")
                #expect(request.header("Content-Length") == String(request.body.count))
                let body = Fixtures.json(request.body)
                #expect(body["versions"] as? [String] == ["1.0.0-beta.1", "1.0.0-rc.1"])
                #expect(body["expectedStatus"] as? String == "Published")
                #expect(body.count == 2)
                #expect(request.header("Authorization")?.contains("SignedHeaders=content-type;host;x-amz-date") == true)
            }
        }
    }

    @Test func disposePackageVersionsSendsRevisions() async throws {
        try await TestHTTPServer.answering { _ in
            .json(#"{"successfulVersions":{"1.0":{"revision":"R9","status":"Disposed"}},"failedVersions":{}}"#)
        }.run { server in
            try await TestTransport.with { transport in
                let client = try client(server, transport)
                let result = try await client.disposePackageVersions(
                    DisposePackageVersionsRequest(
                        package: Fixtures.package, versions: ["1.0"], versionRevisions: ["1.0": "R8"],
                        expectedStatus: .archived))
                #expect(result.successfulVersions["1.0"]?.status == .disposed)
                #expect(result.failedVersions.isEmpty)
                let request = try #require(server.requests.first)
                #expect(request.path == "/v1/package/versions/dispose")
                let body = Fixtures.json(request.body)
                #expect(body["versions"] as? [String] == ["1.0"])
                #expect(body["versionRevisions"] as? [String: String] == ["1.0": "R8"])
                #expect(body["expectedStatus"] as? String == "Archived")
                #expect(body["targetStatus"] == nil)
            }
        }
    }

    @Test func updatePackageVersionsStatusSendsTargetStatus() async throws {
        try await TestHTTPServer.answering { _ in
            .json(
                #"{"successfulVersions":{"2.0":{"revision":"R2","status":"Archived"}},"#
                    + #""failedVersions":{"3.0":{"errorCode":"SKIPPED","errorMessage":"skipped"}}}"#)
        }.run { server in
            try await TestTransport.with { transport in
                let client = try client(server, transport)
                let result = try await client.updatePackageVersionsStatus(
                    UpdatePackageVersionsStatusRequest(
                        package: Fixtures.package, versions: ["2.0", "3.0"], versionRevisions: ["2.0": "R1"],
                        expectedStatus: .published, targetStatus: .archived))
                #expect(result.successfulVersions["2.0"]?.status == .archived)
                #expect(result.failedVersions["3.0"]?.errorCode == .skipped)
                let request = try #require(server.requests.first)
                #expect(request.method == "POST")
                #expect(request.path == "/v1/package/versions/update_status")
                let body = Fixtures.json(request.body)
                #expect(body["versions"] as? [String] == ["2.0", "3.0"])
                #expect(body["versionRevisions"] as? [String: String] == ["2.0": "R1"])
                #expect(body["expectedStatus"] as? String == "Published")
                #expect(body["targetStatus"] as? String == "Archived")
            }
        }
    }

    @Test func writesRefuseMoreThanAHundredVersionsWithoutSending() async throws {
        let transport = ScriptedTransport(status: 200)
        let client = try Fixtures.session(transport: transport).codeArtifact()
        let versions = (0...100).map { "1.0.\($0)" }
        await #expect(throws: CodeArtifactError.self) {
            _ = try await client.deletePackageVersions(
                DeletePackageVersionsRequest(package: Fixtures.package, versions: versions))
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func paginationThatRepeatsATokenFailsInsteadOfLooping() async throws {
        let transport = ScriptedTransport { _, _ in
            .json(200, #"{"packages":[{"format":"npm","package":"a"}],"nextToken":"same"}"#)
        }
        let client = try Fixtures.session(transport: transport).codeArtifact()
        var count = 0
        await #expect(throws: CodeArtifactError.self) {
            for try await _ in client.listPackages(ListPackagesRequest(repository: Fixtures.repository)) { count += 1 }
        }
        #expect(transport.requests.count == 2)
        #expect(count == 1)
    }
}
