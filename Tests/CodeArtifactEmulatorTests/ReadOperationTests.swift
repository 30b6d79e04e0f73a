import CodeArtifactEmulator
import Foundation
import Testing

@Suite struct ReadOperationTests {
    @Test func listPackagesWithFiltersAndPagination() async throws {
        try await Fixtures.withEmulator { client, _ in
            let all = try await client.call(.listPackages, [("domain", "acme"), ("repository", "npm-store")])
            #expect(all.status == 200)
            let packages = try #require(all.json["packages"] as? [[String: Any]])
            #expect(packages.map { $0["package"] as? String } == ["left-pad", "empty", "ui-icons", "ui-kit"])
            #expect(packages[0]["namespace"] == nil && packages[1]["namespace"] as? String == "acme")
            let origin = try #require(packages[0]["originConfiguration"] as? [String: [String: String]])
            #expect(origin["restrictions"] == ["publish": "ALLOW", "upstream": "ALLOW"])
            #expect(all.json["nextToken"] == nil)

            // Token round trip, one package per page.
            var names: [String] = []
            var token: String?
            var pages = 0
            repeat {
                var query = [("domain", "acme"), ("repository", "npm-store"), ("max-results", "1")]
                if let token { query.append(("next-token", token)) }
                let page = try await client.call(.listPackages, query)
                #expect(page.status == 200)
                names += (page.json["packages"] as? [[String: Any]] ?? []).compactMap { $0["package"] as? String }
                token = page.json["nextToken"] as? String
                pages += 1
            } while token != nil && pages < 10
            #expect(names == ["left-pad", "empty", "ui-icons", "ui-kit"])
            #expect(pages == 4)

            let maven = try await client.call(
                .listPackages,
                [("domain", "acme"), ("repository", "maven-releases"), ("format", "maven"), ("namespace", "com.acme")])
            #expect(
                (maven.json["packages"] as? [[String: Any]])?.compactMap { $0["package"] as? String } == [
                    "core", "cli",
                ])
            let prefix = try await client.call(
                .listPackages, [("domain", "acme"), ("repository", "npm-store"), ("package-prefix", "ui-")])
            #expect((prefix.json["packages"] as? [[String: Any]])?.count == 2)
            let blocked = try await client.call(
                .listPackages, [("domain", "acme"), ("repository", "npm-store"), ("publish", "BLOCK")])
            #expect((blocked.json["packages"] as? [Any])?.isEmpty == true)
        }
    }

    @Test func emptyRepositoryAndEmptyPackage() async throws {
        try await Fixtures.withEmulator { client, _ in
            let repository = try await client.call(.listPackages, [("domain", "acme"), ("repository", "empty-store")])
            #expect(repository.status == 200)
            #expect((repository.json["packages"] as? [Any])?.isEmpty == true && repository.json["nextToken"] == nil)
            let package = try await client.call(
                .listPackageVersions,
                [
                    ("domain", "acme"), ("repository", "npm-store"), ("format", "npm"), ("namespace", "acme"),
                    ("package", "empty"),
                ])
            #expect(package.status == 200)
            #expect((package.json["versions"] as? [Any])?.isEmpty == true)
            #expect(package.json["defaultDisplayVersion"] == nil && package.json["nextToken"] == nil)
        }
    }

    @Test func listPackageVersionsOrdersAndFilters() async throws {
        try await Fixtures.withEmulator { client, _ in
            let byVersion = try await client.call(.listPackageVersions, Fixtures.uiKit)
            let versions = try #require(byVersion.json["versions"] as? [[String: Any]])
            #expect(
                versions.compactMap { $0["version"] as? String } == [
                    "0.9.0", "1.0.0", "1.1.0", "1.1.0-beta.1", "2.0.0", "2.0.0-rc.1", "3.0.0-alpha.1",
                ])
            #expect(byVersion.json["format"] as? String == "npm" && byVersion.json["namespace"] as? String == "acme")
            #expect(byVersion.json["package"] as? String == "ui-kit")
            #expect(byVersion.json["defaultDisplayVersion"] as? String == "2.0.0")
            let first = versions[1]
            #expect(first["revision"] as? String == "rev-1.0.0" && first["status"] as? String == "Published")
            let origin = try #require(first["origin"] as? [String: Any])
            #expect(origin["originType"] as? String == "INTERNAL")
            #expect((origin["domainEntryPoint"] as? [String: String]) == ["repositoryName": "npm-store"])

            let byTime = try await client.call(.listPackageVersions, Fixtures.uiKit + [("sortBy", "PUBLISHED_TIME")])
            #expect(
                (byTime.json["versions"] as? [[String: Any]])?.compactMap { $0["version"] as? String } == [
                    "3.0.0-alpha.1", "2.0.0", "2.0.0-rc.1", "1.1.0", "1.1.0-beta.1", "1.0.0", "0.9.0",
                ])
            let unlisted = try await client.call(.listPackageVersions, Fixtures.uiKit + [("status", "Unlisted")])
            #expect(
                (unlisted.json["versions"] as? [[String: Any]])?.compactMap { $0["version"] as? String } == [
                    "2.0.0-rc.1"
                ])
            let external = try await client.call(.listPackageVersions, Fixtures.uiKit + [("originType", "EXTERNAL")])
            let externalVersions = try #require(external.json["versions"] as? [[String: Any]])
            #expect(externalVersions.compactMap { $0["version"] as? String } == ["3.0.0-alpha.1"])
            let externalOrigin = try #require(externalVersions.first?["origin"] as? [String: Any])
            #expect(
                (externalOrigin["domainEntryPoint"] as? [String: String]) == ["externalConnectionName": "public:npmjs"])
        }
    }

    @Test func paginationByTimeSurvivesDeletionsBetweenPages() async throws {
        try await Fixtures.withEmulator { client, _ in
            let query = Fixtures.uiKit + [("sortBy", "PUBLISHED_TIME"), ("max-results", "3")]
            let first = try await client.call(.listPackageVersions, query)
            let token = try #require(first.json["nextToken"] as? String)
            // Delete the last version of the first page and the first of the next: nothing is skipped or repeated.
            let deleted = try await client.call(
                .deletePackageVersions, Fixtures.uiKit, body: ["versions": ["2.0.0-rc.1", "1.1.0"]])
            #expect(deleted.status == 200)
            let second = try await client.call(.listPackageVersions, query + [("next-token", token)])
            #expect(
                (second.json["versions"] as? [[String: Any]])?.compactMap { $0["version"] as? String } == [
                    "1.1.0-beta.1", "1.0.0", "0.9.0",
                ])
            #expect(second.json["nextToken"] == nil)
        }
    }

    @Test func exactlyOneThousandResultsNeedNoSecondPage() async throws {
        try await Fixtures.withEmulator(Fixtures.big(1000)) { client, _ in
            let query = [
                ("domain", "acme"), ("repository", "big"), ("format", "generic"), ("namespace", "ci"),
                ("package", "many"),
                ("max-results", "1000"),
            ]
            let page = try await client.call(.listPackageVersions, query)
            #expect((page.json["versions"] as? [Any])?.count == 1000)
            #expect(page.json["nextToken"] == nil)
            let timed = try await client.call(.listPackageVersions, query + [("sortBy", "PUBLISHED_TIME")])
            #expect((timed.json["versions"] as? [Any])?.count == 1000 && timed.json["nextToken"] == nil)
        }
    }

    @Test func oneThousandAndOneResultsTakeTwoPages() async throws {
        try await Fixtures.withEmulator(Fixtures.big(1001)) { client, _ in
            let query = [
                ("domain", "acme"), ("repository", "big"), ("format", "generic"), ("namespace", "ci"),
                ("package", "many"),
                ("sortBy", "PUBLISHED_TIME"),
            ]
            let first = try await client.call(.listPackageVersions, query + [("max-results", "1000")])
            #expect((first.json["versions"] as? [Any])?.count == 1000)
            let token = try #require(first.json["nextToken"] as? String)
            let second = try await client.call(
                .listPackageVersions, query + [("max-results", "1000"), ("next-token", token)])
            let last = try #require(second.json["versions"] as? [[String: Any]])
            #expect(last.count == 1 && second.json["nextToken"] == nil)
            let seen = Set(((first.json["versions"] as? [[String: Any]]) ?? []).compactMap { $0["version"] as? String })
            #expect(!seen.contains(last[0]["version"] as? String ?? ""))
            // Default page size is 50.
            let defaultPage = try await client.call(.listPackageVersions, query)
            #expect((defaultPage.json["versions"] as? [Any])?.count == 50)
        }
    }

    @Test func tokensAreOpaqueAndBoundToTheirRequest() async throws {
        try await Fixtures.withEmulator { client, _ in
            let first = try await client.call(.listPackageVersions, Fixtures.uiKit + [("max-results", "2")])
            let token = try #require(first.json["nextToken"] as? String)
            #expect(!token.contains("1.0.0"))
            let otherSort = try await client.call(
                .listPackageVersions, Fixtures.uiKit + [("sortBy", "PUBLISHED_TIME"), ("next-token", token)])
            #expect(otherSort.status == 400 && otherSort.errorType == "ValidationException")
            let garbage = try await client.call(
                .listPackageVersions, Fixtures.uiKit + [("next-token", "bm90LWEtdG9rZW4")])
            #expect(garbage.status == 400 && garbage.errorType == "ValidationException")
        }
    }

    @Test func describePackageVersion() async throws {
        try await Fixtures.withEmulator { client, _ in
            let answer = try await client.call(
                .describePackageVersion,
                [
                    ("domain", "acme"), ("repository", "python-internal"), ("format", "pypi"), ("package", "acme-data"),
                    ("version", "1.0.0"),
                ])
            #expect(answer.status == 200)
            let text = String(decoding: answer.body, as: UTF8.self)
            #expect(text.contains("\"publishedTime\":1577481261.09"))
            let description = try #require(answer.json["packageVersion"] as? [String: Any])
            #expect(description["packageName"] as? String == "acme-data" && description["format"] as? String == "pypi")
            #expect(description["namespace"] == nil && description["version"] as? String == "1.0.0")
            #expect(description["revision"] as? String == "rev-1" && description["status"] as? String == "Published")
            #expect((description["origin"] as? [String: Any])?["originType"] as? String == "INTERNAL")
            #expect(answer.headers["content-type"] == "application/json" && answer.headers["x-amzn-requestid"] != nil)
        }
    }
}
