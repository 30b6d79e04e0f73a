import CodeArtifactEmulator
import Foundation
import Testing

@Suite struct ValidationTests {
    @Test func moreThanOneHundredVersions() async throws {
        try await Fixtures.withEmulator { client, _ in
            for operation in [
                EmulatorOperation.deletePackageVersions, .disposePackageVersions, .updatePackageVersionsStatus,
            ] {
                var body: [String: any Sendable] = ["versions": (0...100).map { "1.0.\($0)" }]
                if operation == .updatePackageVersionsStatus { body["targetStatus"] = "Archived" }
                let answer = try await client.call(operation, Fixtures.uiKit, body: body)
                #expect(answer.status == 400 && answer.errorType == "ValidationException", "\(operation)")
                #expect(answer.json["reason"] as? String == "FIELD_VALIDATION_FAILED")
                #expect(answer.message.contains("Member must have length less than or equal to 100"))
            }
            let hundred = try await client.call(
                .deletePackageVersions, Fixtures.uiKit, body: ["versions": (0..<100).map { "1.0.\($0)" }])
            #expect(hundred.status == 200)
            let none = try await client.call(.deletePackageVersions, Fixtures.uiKit, body: ["versions": [String]()])
            #expect(none.status == 400)
            let missing = try await client.call(.deletePackageVersions, Fixtures.uiKit)
            #expect(missing.status == 400 && missing.message.contains("Value null at 'versions'"))
        }
    }

    static let listCases: [([(String, String)], String)] = [
        ([("repository", "npm-store")], "Value null at 'domain' failed to satisfy constraint: Member must not be null"),
        (
            [("domain", "Acme"), ("repository", "npm-store")],
            "at 'domain' failed to satisfy constraint: Member must satisfy regular expression pattern"
        ),
        ([("domain", "acme"), ("repository", "x")], "Member must have length greater than or equal to 2"),
        ([("domain", "acme"), ("repository", "npm-store"), ("domain-owner", "12345")], "at 'domainOwner'"),
        ([("domain", "acme"), ("repository", "npm-store"), ("max-results", "0")], "greater than or equal to 1"),
        ([("domain", "acme"), ("repository", "npm-store"), ("max-results", "1001")], "less than or equal to 1000"),
        ([("domain", "acme"), ("repository", "npm-store"), ("format", "gem")], "Member must satisfy enum value set"),
        ([("domain", "acme"), ("repository", "npm-store"), ("namespace", "acme")], "requires a format"),
        (
            [("domain", "acme"), ("repository", "npm-store"), ("format", "pypi"), ("namespace", "x")],
            "have no namespace"
        ),
        ([("domain", "acme"), ("repository", "npm-store"), ("package-prefix", "a b")], "at 'packagePrefix'"),
        ([("domain", "a-"), ("repository", "-x")], "2 validation errors detected"),
    ]

    @Test(arguments: ValidationTests.listCases)
    func listPackagesValidation(query: [(String, String)], message: String) async throws {
        try await Fixtures.withEmulator { client, _ in
            let answer = try await client.call(.listPackages, query)
            #expect(answer.status == 400 && answer.errorType == "ValidationException")
            #expect(answer.message.contains(message), "\(answer.message)")
        }
    }

    @Test func packageLevelValidation() async throws {
        try await Fixtures.withEmulator { client, _ in
            let maven = [
                ("domain", "acme"), ("repository", "maven-releases"), ("format", "maven"), ("package", "core"),
            ]
            let noNamespace = try await client.call(.listPackageVersions, maven)
            #expect(noNamespace.status == 400 && noNamespace.message.contains("namespace is required"))
            let status = try await client.call(.listPackageVersions, Fixtures.uiKit + [("status", "Gone")])
            #expect(status.status == 400 && status.message.contains("at 'status'"))
            let sort = try await client.call(.listPackageVersions, Fixtures.uiKit + [("sortBy", "VERSION")])
            #expect(sort.status == 400)
            let origin = try await client.call(.listPackageVersions, Fixtures.uiKit + [("originType", "internal")])
            #expect(origin.status == 400)
            let noVersion = try await client.call(.describePackageVersion, Fixtures.uiKit)
            #expect(noVersion.status == 400 && noVersion.message.contains("'packageVersion'"))
            let badVersion = try await client.call(.describePackageVersion, Fixtures.uiKit + [("version", "1.0/0")])
            #expect(badVersion.status == 400)
            let expected = try await client.call(
                .deletePackageVersions, Fixtures.uiKit, body: ["versions": ["1.0.0"], "expectedStatus": "Gone"])
            #expect(expected.status == 400 && expected.message.contains("'expectedStatus'"))
            let noTarget = try await client.call(
                .updatePackageVersionsStatus, Fixtures.uiKit, body: ["versions": ["1.0.0"]])
            #expect(noTarget.status == 400 && noTarget.message.contains("Value null at 'targetStatus'"))
            let notJSON = try await client.send(
                method: "POST", path: "/v1/package/versions/delete",
                query: Fixtures.uiKit, body: Array("{versions".utf8))
            #expect(notJSON.status == 400 && notJSON.json["reason"] as? String == "CANNOT_PARSE")
            let wrongType = try await client.call(.deletePackageVersions, Fixtures.uiKit, body: ["versions": "1.0.0"])
            #expect(wrongType.status == 400 && wrongType.json["reason"] as? String == "CANNOT_PARSE")
        }
    }

    @Test func unknownOperation() async throws {
        try await Fixtures.withEmulator { client, _ in
            let answer = try await client.send(method: "GET", path: "/v1/packages", query: [], body: [])
            #expect(answer.status == 404 && answer.errorType == "UnknownOperationException")
            #expect(client.server.counters.unknownOperations == 1)
        }
    }
}
