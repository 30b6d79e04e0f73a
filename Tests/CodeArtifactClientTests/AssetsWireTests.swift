import Foundation
import Testing

@testable import CodeArtifactClient

/// ListPackageVersionAssets on the wire: method, path, query, empty body; every page followed.
@Suite struct AssetsWireTests {
    @Test func listPackageVersionAssetsFollowsEveryPage() async throws {
        try await TestHTTPServer.answering { request in
            switch request.query["next-token"] {
            case nil:
                return .json(
                    #"{"format":"npm","namespace":"acme","package":"ui-kit","version":"1.0.0","versionRevision":"R1","#
                        + #""assets":[{"name":"a.tgz","size":1024,"hashes":{"SHA-256":"ab"}}],"nextToken":"t/2+"}"#)
            case "t/2+":
                return .json(#"{"assets":[{"name":"b.tgz","size":2048,"hashes":{}},{"name":"c.txt","size":7}]}"#)
            default:
                return .json(#"{"message":"bad token"}"#, status: 400)
            }
        }.run { server in
            try await TestTransport.with { transport in
                let client = try Fixtures.session(
                    transport: transport, options: ClientOptions(region: "us-east-1", endpointURL: server.url)
                ).codeArtifact()
                var assets: [AssetSummary] = []
                for try await asset in client.listPackageVersionAssets(
                    ListPackageVersionAssetsRequest(package: Fixtures.package, version: "1.0.0", maxResults: 1))
                {
                    assets.append(asset)
                }
                #expect(assets.map(\.name) == ["a.tgz", "b.tgz", "c.txt"])
                #expect(assets.map(\.size) == [1024, 2048, 7])
                #expect(assets[0].hashes["SHA-256"] == "ab")

                let requests = server.requests
                #expect(requests.count == 2)
                for request in requests {
                    #expect(request.method == "POST")
                    #expect(request.path == "/v1/package/version/assets")
                    #expect(request.body.isEmpty)
                }
                #expect(
                    requests[0].rawQuery
                        == "domain=acme&domain-owner=111122223333&repository=npm-store&format=npm&namespace=acme"
                        + "&package=ui-kit&version=1.0.0&max-results=1")
                #expect(requests[1].query["next-token"] == "t/2+")
            }
        }
    }
}
