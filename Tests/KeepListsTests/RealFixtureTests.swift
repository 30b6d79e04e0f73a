import Foundation
import Inventory
import KeepLists
import Testing

/// Lockfiles and SBOMs from real public projects (see Fixtures/keep-lists/README.md), each
/// planned against an inventory: exactly the versions the file pins are protected.
@Suite("keep.listedIn: real files")
struct RealFixtureTests {
    typealias World = KeepListWorld

    @Test func npmLockfileVersion3ProtectsInstalledPackagesButNotLinksOrWorkspaces() async throws {
        let world = try World()
        try world.copyFixture("npm-cli/package-lock.json", to: "deploy/package-lock.json")
        let result = try await world.plan(
            World.manifest(format: .npm, listedIn: "deploy/package-lock.json"),
            [
                World.package(.npm, "actions", "core", ["1.10.0", "1.9.0"]),
                World.package(.npm, nil, "chalk", ["2.4.2", "5.3.0"]),
                World.package(.npm, nil, "minipass", ["5.0.0", "7.0.4"]),
                World.package(.npm, "npmcli", "agent", ["2.2.0"]),
                World.package(.npm, "npmcli", "arborist", ["7.2.1"]),
                World.package(.npm, "npmcli", "docs", ["1.0.0"]),
                World.package(.npm, nil, "npm", ["10.2.4"]),
            ])
        #expect(
            result.listed == [
                "actions/core@1.10.0": "listed in deploy/package-lock.json:33",
                "chalk@2.4.2": "listed in deploy/package-lock.json:43",
                "minipass@5.0.0": "listed in deploy/package-lock.json:24",
                "npmcli/agent@2.2.0": "listed in deploy/package-lock.json:57",
            ])
        // Links to workspaces and the root project name no registry version.
        #expect(
            result.acted == [
                "actions/core@1.9.0", "chalk@5.3.0", "minipass@7.0.4", "npmcli/arborist@7.2.1", "npmcli/docs@1.0.0",
                "npm@10.2.4",
            ])
    }

    @Test func cargoLockProtectsRegistryCratesNotWorkspaceMembers() async throws {
        let world = try World()
        try world.copyFixture("ripgrep/Cargo.lock", to: "Cargo.lock")
        let result = try await world.plan(
            World.manifest(format: .cargo, listedIn: "Cargo.lock"),
            [
                World.package(.cargo, nil, "memchr", ["2.8.3", "2.8.2"]),
                World.package(.cargo, nil, "syn", ["3.0.3", "2.0.119", "2.0.118"]),
                World.package(.cargo, nil, "globset", ["0.4.19"]),
                World.package(.cargo, nil, "ripgrep", ["15.2.0"]),
                World.package(
                    .cargo, nil, "tikv-jemalloc-sys", ["0.7.1+5.3.1-0-g81034ce1f1373e37dc865038e1bc8eeecf559ce8"]),
            ])
        #expect(
            result.listed == [
                "memchr@2.8.3": "listed in Cargo.lock:29",
                "syn@2.0.119": "listed in Cargo.lock:55",
                "syn@3.0.3": "listed in Cargo.lock:66",
                "tikv-jemalloc-sys@0.7.1+5.3.1-0-g81034ce1f1373e37dc865038e1bc8eeecf559ce8": "listed in Cargo.lock:77",
            ])
        #expect(result.acted == ["memchr@2.8.2", "syn@2.0.118", "globset@0.4.19", "ripgrep@15.2.0"])
    }

    @Test func pipCompileRequirementsProtectTheirPinsAfterNormalisation() async throws {
        let world = try World()
        try world.copyFixture("flask/requirements-dev.txt", to: "requirements-dev.txt")
        let result = try await world.plan(
            World.manifest(format: .pypi, listedIn: "requirements-*.txt"),
            [
                World.package(.pypi, nil, "Jinja2", ["2.11.2", "3.0.0"]),
                World.package(.pypi, nil, "pallets_sphinx_themes", ["1.2.3.0", "1.2.2"]),
                World.package(.pypi, nil, "tox", ["3.18.1"]),
            ])
        #expect(
            result.listed == [
                "Jinja2@2.11.2": "listed in requirements-dev.txt:9",
                "pallets_sphinx_themes@1.2.3.0": "listed in requirements-dev.txt:11",
                "tox@3.18.1": "listed in requirements-dev.txt:14",
            ])
        #expect(result.acted == ["Jinja2@3.0.0", "pallets_sphinx_themes@1.2.2"])
    }

    @Test func gradleLockfileProtectsCoordinatesAndSkipsTheEmptyLine() async throws {
        let world = try World()
        try world.copyFixture("maybe/gradle.lockfile", to: "gradle.lockfile")
        let result = try await world.plan(
            World.manifest(format: .maven, listedIn: "gradle.lockfile", namespace: "*"),
            [
                World.package(.maven, "com.google.guava", "guava", ["31.1-jre", "30.0-jre"]),
                World.package(.maven, "org.javassist", "javassist", ["3.28.0-GA"]),
                World.package(.maven, "org.junit.jupiter", "junit-jupiter-api", ["5.9.2", "5.9.1"]),
            ])
        #expect(
            result.listed == [
                "com.google.guava/guava@31.1-jre": "listed in gradle.lockfile:5",
                "org.javassist/javassist@3.28.0-GA": "listed in gradle.lockfile:8",
                "org.junit.jupiter/junit-jupiter-api@5.9.2": "listed in gradle.lockfile:9",
            ])
        #expect(result.acted == ["com.google.guava/guava@30.0-jre", "org.junit.jupiter/junit-jupiter-api@5.9.1"])
    }

    @Test func cycloneDXProtectsEveryComponentPurlIncludingTheDescribedOne() async throws {
        let world = try World()
        try world.copyFixture("cyclonedx-juice-shop/bom.json", to: "sbom/bom.json")
        let result = try await world.plan(
            World.manifest(format: .npm, listedIn: "\"sbom/**/*.json\""),
            [
                World.package(.npm, "babel", "parser", ["7.21.2", "7.21.1"]),
                World.package(.npm, "colors", "colors", ["1.5.0"]),
                World.package(.npm, nil, "juice-shop", ["14.1.1", "14.1.0"]),
            ])
        #expect(
            result.listed == [
                "babel/parser@7.21.2": "listed in sbom/bom.json:30",
                "colors/colors@1.5.0": "listed in sbom/bom.json:38",
                "juice-shop@14.1.1": "listed in sbom/bom.json:12",
            ])
        #expect(result.acted == ["babel/parser@7.21.1", "juice-shop@14.1.0"])
    }

    @Test func spdxProtectsPackagePurlsAndIgnoresPackagesWithoutOne() async throws {
        let world = try World()
        try world.copyFixture("spdx-spec/SPDXJSONExample-v2.3.spdx.json", to: "example.spdx.json")
        let result = try await world.plan(
            World.manifest(format: .maven, listedIn: "example.spdx.json", namespace: "*"),
            [
                World.package(.maven, "org.apache.jena", "apache-jena", ["3.12.0", "3.11.0"]),
                World.package(.maven, "net.sf.saxon", "Saxon", ["8.8"]),
            ])
        #expect(result.listed == ["org.apache.jena/apache-jena@3.12.0": "listed in example.spdx.json:42"])
        #expect(result.acted == ["org.apache.jena/apache-jena@3.11.0", "net.sf.saxon/Saxon@8.8"])
    }

    @Test func gemfileLockProtectsGemSpecsNotGitOrPathOnes() async throws {
        let world = try World()
        try world.copyFixture("rails/Gemfile.lock", to: "Gemfile.lock")
        let result = try await world.plan(
            World.manifest(format: .ruby, listedIn: "Gemfile.lock"),
            [
                World.package(.ruby, nil, "nokogiri", ["1.16.7", "1.16.6"]),
                World.package(.ruby, nil, "rack", ["3.1.7"]),
                World.package(.ruby, nil, "sdoc", ["3.0.0.alpha"]),
                World.package(.ruby, nil, "rails", ["8.0.0.alpha"]),
            ])
        #expect(
            result.listed == [
                "nokogiri@1.16.7": "listed in Gemfile.lock:45", "rack@3.1.7": "listed in Gemfile.lock:52",
            ])
        #expect(result.acted == ["nokogiri@1.16.6", "sdoc@3.0.0.alpha", "rails@8.0.0.alpha"])
    }

    @Test func yarnBerryProtectsNpmResolutions() async throws {
        let world = try World()
        try world.copyFixture("berry/yarn.lock", to: "yarn.lock")
        let result = try await world.plan(
            World.manifest(format: .npm, listedIn: "yarn.lock"),
            [
                World.package(.npm, "babel", "code-frame", ["7.12.13", "7.12.11"]),
                World.package(.npm, "algolia", "requester-common", ["4.0.0-beta.14"]),
            ])
        #expect(
            result.listed == [
                "babel/code-frame@7.12.13": "listed in yarn.lock:22",
                "algolia/requester-common@4.0.0-beta.14": "listed in yarn.lock:15",
            ])
        #expect(result.acted == ["babel/code-frame@7.12.11"])
    }

    @Test func poetryLockProtectsEveryPackageThroughInlineTablesAndExtras() async throws {
        let world = try World()
        try world.copyFixture("poetry/poetry.lock", to: "poetry.lock")
        let result = try await world.plan(
            World.manifest(format: .pypi, listedIn: "poetry.lock"),
            [
                World.package(.pypi, nil, "backports.tarfile", ["1.2.0", "1.1.0"]),
                World.package(.pypi, nil, "build", ["1.2.2", "1.2.1"]),
                World.package(.pypi, nil, "certifi", ["2024.7.4"]),
            ])
        #expect(
            result.listed == [
                "backports.tarfile@1.2.0": "listed in poetry.lock:3", "build@1.2.2": "listed in poetry.lock:18",
                "certifi@2024.7.4": "listed in poetry.lock:41",
            ])
        #expect(result.acted == ["backports.tarfile@1.1.0", "build@1.2.1"])
    }

    @Test func yarnClassicProtectsOneVersionPerBlockOfRanges() async throws {
        let world = try World()
        try world.copyFixture("react/yarn.lock", to: "yarn.lock")
        let result = try await world.plan(
            World.manifest(format: .npm, listedIn: "yarn.lock"),
            [
                World.package(.npm, "babel", "code-frame", ["7.23.5", "7.12.11", "7.12.13"]),
                World.package(.npm, "ampproject", "remapping", ["2.2.0"]),
            ])
        #expect(
            result.listed == [
                "babel/code-frame@7.23.5": "listed in yarn.lock:20",
                "babel/code-frame@7.12.11": "listed in yarn.lock:13",
                "ampproject/remapping@2.2.0": "listed in yarn.lock:5",
            ])
        #expect(result.acted == ["babel/code-frame@7.12.13"])
    }

    @Test func theSavedPlanRecordsEachFileWithItsDigest() async throws {
        let world = try World()
        try world.copyFixture("ripgrep/Cargo.lock", to: "Cargo.lock")
        let result = try await world.plan(
            World.manifest(format: .cargo, listedIn: "Cargo.lock"), [World.package(.cargo, nil, "memchr", ["2.8.3"])])
        let bytes = try Data(contentsOf: World.fixtures.appendingPathComponent("ripgrep/Cargo.lock"))
        let digest = sha256Hex(bytes)
        #expect(result.document.keepLists?.map(\.path) == ["Cargo.lock"])
        #expect(result.document.keepLists?.map(\.sha256) == [digest])
    }
}
