import CodeArtifactClient
import CodeArtifactEmulator
import CodeArtifactModel
import Foundation
import Inventory
import Logging
import PruneEngine
import PruneManifest
import Synchronization
import Testing

/// Starts an in-process emulator seeded from an inventory, gives a session pointed at it,
/// and shuts both down on every path.
enum Harness {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let now = Date(timeIntervalSince1970: 1_795_910_400)  // 2026-11-29T00:00:00Z

    static func exampleInventory() throws -> Inventory {
        try Inventory(contentsOf: packageRoot.appendingPathComponent("examples/inventory.json"))
    }

    /// Repository `repo1` of domain `acme` with `packages` npm packages `p0`, `p1`, … of
    /// `versions` versions each (`1.0.0` newest, a minute apart).
    static func npmInventory(packages: Int, versions: Int) -> Inventory {
        let list = (0..<packages).map { index in
            Inventory.Package(
                format: .npm, name: "p\(index)",
                versions: (0..<versions).map {
                    Inventory.Version(version: "1.0.\($0)", publishedTime: now.addingTimeInterval(Double(-$0) * 60))
                })
        }
        return Inventory(domains: [
            Inventory.Domain(
                name: "acme", owner: "111122223333", repositories: [Inventory.Repository(name: "repo1", packages: list)]
            )
        ])
    }

    static func manifest(_ path: String) throws -> Manifest {
        let file = try ManifestFile.load(path: packageRoot.appendingPathComponent(path).path)
        return try #require(file.result.manifest)
    }

    static func manifest(yaml: String) throws -> Manifest {
        try #require(ManifestParser.parse(bytes: Array(yaml.utf8)).manifest)
    }

    static let environment = AWSEnvironment(variables: [
        "AWS_ACCESS_KEY_ID": "AKIDEMULATOR", "AWS_SECRET_ACCESS_KEY": "emulator-secret", "AWS_REGION": "us-east-1",
        "AWS_EC2_METADATA_DISABLED": "true",
    ])

    /// Runs `body` with a running emulator (with `faults`) and a session against it.
    static func withEmulator<Result: Sendable>(
        _ inventory: Inventory, faults: EmulatorFaults = .none,
        _ body: (CodeArtifactEmulatorServer, AWSSession) async throws -> Result
    ) async throws -> Result {
        let configuration = EmulatorConfiguration(inventory: inventory, faults: faults)
        return try await CodeArtifactEmulatorServer.withRunning(configuration) { server in
            let options = ClientOptions(profile: nil, region: "us-east-1", endpointURL: server.endpoint.absoluteString)
            var logger = Logger(label: "test")
            logger.logLevel = .critical
            return try await AWSSession.withSession(options: options, environment: environment, logger: logger) {
                session in
                try await body(server, session)
            }
        }
    }

    static func plan(
        _ manifest: Manifest, source: any RepositorySource, shard: Shard? = nil, explain: Bool = false,
        sizes: SizingMode? = nil
    ) async throws -> Plan {
        try await Planner(
            manifest: manifest, reference: ManifestReference(path: "plan.yaml", sha256: "test"), source: source,
            now: now, defaultRegion: "us-east-1", shard: shard, explain: explain, sizes: sizes
        ).plan()
    }

    /// Every version in an inventory as `repository/format/namespace/package@version` → status.
    static func versions(_ inventory: Inventory) -> [String: String] {
        var result: [String: String] = [:]
        for domain in inventory.domains {
            for repository in domain.repositories {
                for package in repository.packages {
                    for version in package.versions {
                        let key =
                            "\(repository.name)/\(package.format.rawValue)/\(package.namespace ?? "")/\(package.name)@\(version.version)"
                        result[key] = version.status.rawValue
                    }
                }
            }
        }
        return result
    }

    static func key(_ coordinates: PackageCoordinates, _ version: String) -> String {
        "\(coordinates.repository)/\(coordinates.format.rawValue)/\(coordinates.namespace ?? "")/\(coordinates.package)@\(version)"
    }
}

/// Records write calls on their way to the real writer.
final class RecordingWriter: VersionWriter, Sendable {
    let inner: any VersionWriter
    private let recorded = Mutex<[WriteRequest]>([])

    init(_ inner: any VersionWriter) { self.inner = inner }

    var requests: [WriteRequest] { recorded.withLock { $0 } }

    func write(_ request: WriteRequest) async throws -> WriteResponse {
        recorded.withLock { $0.append(request) }
        return try await inner.write(request)
    }
}
