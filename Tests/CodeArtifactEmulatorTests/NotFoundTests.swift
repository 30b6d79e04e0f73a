import CodeArtifactEmulator
import Foundation
import Testing

@Suite struct NotFoundTests {
    @Test func missingDomainRepositoryPackageAndVersion() async throws {
        try await Fixtures.withEmulator { client, _ in
            let domain = try await client.call(.listPackages, [("domain", "other"), ("repository", "npm-store")])
            #expect(domain.status == 404 && domain.errorType == "ResourceNotFoundException")
            #expect(
                domain.json["resourceType"] as? String == "domain" && domain.json["resourceId"] as? String == "other")
            let repository = try await client.call(.listPackages, [("domain", "acme"), ("repository", "nope")])
            #expect(repository.status == 404 && repository.json["resourceType"] as? String == "repository")
            let package = try await client.call(
                .deletePackageVersions,
                [("domain", "acme"), ("repository", "npm-store"), ("format", "npm"), ("package", "ghost")],
                body: ["versions": ["1.0.0"]])
            #expect(package.status == 404 && package.json["resourceType"] as? String == "package")
            #expect(package.json["resourceId"] as? String == "ghost")
            // Same name, other format: still another package.
            let format = try await client.call(
                .listPackageVersions,
                [("domain", "acme"), ("repository", "npm-store"), ("format", "pypi"), ("package", "left-pad")])
            #expect(format.status == 404)
            let version = try await client.call(.describePackageVersion, Fixtures.uiKit + [("version", "7.0.0")])
            #expect(version.status == 404 && version.json["resourceType"] as? String == "package-version")
        }
    }

    @Test func domainOwner() async throws {
        try await Fixtures.withEmulator { client, _ in
            let own = try await client.call(
                .listPackages, [("domain", "acme"), ("domain-owner", "111122223333"), ("repository", "npm-store")])
            #expect(own.status == 200)
            let foreign = try await client.call(
                .listPackages, [("domain", "acme"), ("domain-owner", "999988887777"), ("repository", "npm-store")])
            #expect(foreign.status == 403 && foreign.errorType == "AccessDeniedException")
            #expect(foreign.message.contains("codeartifact:ListPackages"))
        }
    }
}
