import CodeArtifactEmulator
import CodeArtifactModel
import Foundation
import Inventory
import TestSupport

enum Fixtures {
    /// A test clock for the quota buckets, with signature dates and credential expiry that
    /// follow it; advanced by hand (an injected latency would move it, none is injected here).
    static func clock() -> TestClock {
        TestClock(startDate: Date(timeIntervalSince1970: 1_795_000_000), advancesOnSleep: true)
    }

    static let publishedBase = Date(timeIntervalSince1970: 1_790_000_000)

    static func version(
        _ version: String, _ offset: Double, status: PackageVersionStatus = .published,
        origin: PackageVersionOriginType = .internal
    )
        -> Inventory.Version
    {
        Inventory.Version(
            version: version, status: status, revision: "rev-\(version)",
            publishedTime: publishedBase.addingTimeInterval(offset), origin: origin)
    }

    /// A small repository state: npm, maven, pypi and generic packages, an empty package and
    /// an empty repository.
    static let inventory = Inventory(domains: [
        Inventory.Domain(
            name: "acme", owner: "111122223333",
            repositories: [
                Inventory.Repository(
                    name: "npm-store",
                    packages: [
                        Inventory.Package(
                            format: .npm, namespace: "acme", name: "ui-kit",
                            versions: [
                                version("1.0.0", 0), version("1.1.0-beta.1", 100), version("1.1.0", 200),
                                version("2.0.0-rc.1", 300, status: .unlisted), version("2.0.0", 400),
                                version("0.9.0", -100, status: .archived),
                                version("3.0.0-alpha.1", 500, origin: .external),
                            ]),
                        Inventory.Package(
                            format: .npm, namespace: "acme", name: "ui-icons", versions: [version("1.0.0", 0)]),
                        Inventory.Package(
                            format: .npm, name: "left-pad", versions: [version("1.3.0", 0, origin: .external)]),
                        Inventory.Package(format: .npm, namespace: "acme", name: "empty"),
                    ]),
                Inventory.Repository(
                    name: "maven-releases",
                    packages: [
                        Inventory.Package(
                            format: .maven, namespace: "com.acme.platform", name: "core",
                            versions: [version("1.0", 0), version("1.1-SNAPSHOT", 10)]),
                        Inventory.Package(
                            format: .maven, namespace: "com.acme.tools", name: "cli", versions: [version("0.1.0", 0)]),
                        Inventory.Package(
                            format: .maven, namespace: "org.apache", name: "commons", versions: [version("3.0", 0)]),
                    ]),
                Inventory.Repository(
                    name: "python-internal",
                    packages: [
                        Inventory.Package(
                            format: .pypi, name: "acme-data",
                            versions: [
                                Inventory.Version(
                                    version: "1.0.0", status: .published, revision: "rev-1",
                                    publishedTime: Date(timeIntervalSince1970: 1_577_481_261.09), origin: .internal)
                            ])
                    ]),
                Inventory.Repository(name: "empty-store"),
            ])
    ])

    /// A repository whose one package has `count` versions `v00000`, `v00001`...
    static func big(_ count: Int) -> Inventory {
        Inventory(domains: [
            Inventory.Domain(
                name: "acme", owner: "111122223333",
                repositories: [
                    Inventory.Repository(
                        name: "big",
                        packages: [
                            Inventory.Package(
                                format: .generic, namespace: "ci", name: "many",
                                versions: (0..<count).map { index in
                                    version(
                                        String(format: "v%05d", index), Double(index % 97) * 10 + Double(index) / 1000)
                                })
                        ])
                ])
        ])
    }

    /// Starts an emulator on `inventory` with a test clock, runs `body`, shuts down on every path.
    static func withEmulator<Result: Sendable>(
        _ inventory: Inventory = Fixtures.inventory, clock: TestClock = Fixtures.clock(),
        configure: (inout EmulatorConfiguration) -> Void = { _ in },
        _ body: (TestClient, TestClock) async throws -> Result
    ) async throws -> Result {
        var configuration = EmulatorConfiguration(
            inventory: inventory, quotas: .unlimited, clock: clock, dates: clock.dates)
        configure(&configuration)
        return try await CodeArtifactEmulatorServer.withRunning(configuration) { server in
            try await body(TestClient(server), clock)
        }
    }

    /// Query items for the ui-kit package.
    static let uiKit: [(String, String)] = [
        ("domain", "acme"), ("repository", "npm-store"), ("format", "npm"), ("namespace", "acme"),
        ("package", "ui-kit"),
    ]
}
