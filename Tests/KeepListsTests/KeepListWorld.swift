import CodeArtifactModel
import Foundation
import Inventory
import KeepLists
import PruneEngine
import PruneManifest
import Testing

/// A temporary directory holding a plan and its keep files, planned against an inventory:
/// the "fixture, inventory, plan" of every worked case.
struct KeepListWorld {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/keep-lists")
    static let now = Date(timeIntervalSince1970: 1_795_910_400)  // 2026-11-29T00:00:00Z

    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("keep-lists-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    /// Writes `text` at `path` (relative to the plan's directory).
    func write(_ path: String, _ text: String) throws {
        let url = directory.appendingPathComponent(path)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    /// Copies a real-world fixture (`Fixtures/keep-lists/FROM`) to `path`.
    func copyFixture(_ from: String, to path: String) throws {
        let url = directory.appendingPathComponent(path)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent(from), to: url)
    }

    /// The manifest of one target covering repository `repo1` of domain `acme`, acting on every
    /// version (so only keep conditions save one) and never guarded.
    static func manifest(format: PackageFormat, listedIn: String, namespace: String? = nil, extra: String = "")
        -> String
    {
        """
        version: 1
        defaults:
          domain: acme
          repository: repo1
        targets:
          - name: t
            format: \(format.rawValue)
        \(namespace.map { "    namespace: \"\($0)\"\n" } ?? "")    keep:
              listedIn: \(listedIn)
            action: delete
            allowEmptyPackage: true
        \(extra)
        """
    }

    /// Parses `yaml` as `plan.yaml` in the directory, reads its keep lists.
    func load(_ yaml: String) throws -> (Manifest, KeepListSet) {
        try write("plan.yaml", yaml)
        let result = ManifestParser.parse(bytes: Array(yaml.utf8))
        let manifest = try #require(result.manifest, "\(result.diagnostics)")
        return (manifest, KeepListLoader.load(manifest, baseDirectory: directory.path))
    }

    /// Plans `yaml` against `packages` (all in acme/repo1); the plan's kept reasons by "ns/name@version".
    func plan(_ yaml: String, _ packages: [Inventory.Package]) async throws -> Result {
        let (manifest, keepLists) = try load(yaml)
        #expect(!keepLists.diagnostics.containsErrors, "\(keepLists.diagnostics)")
        let inventory = Inventory(domains: [
            Inventory.Domain(name: "acme", repositories: [Inventory.Repository(name: "repo1", packages: packages)])
        ])
        let plan = try await Planner(
            manifest: manifest, reference: ManifestReference(path: "plan.yaml", sha256: ""),
            source: InventorySource(inventory), now: Self.now, keepLists: keepLists
        ).plan()
        return Result(document: PlanDocument(plan), keepLists: keepLists)
    }

    struct Result {
        let document: PlanDocument
        let keepLists: KeepListSet

        private static func key(_ entry: PlanDocument.Entry) -> String {
            (entry.namespace.map { $0 + "/" } ?? "") + entry.package + "@" + entry.version
        }

        /// Versions kept by a keep list, with the reason.
        var listed: [String: String] {
            Dictionary(
                uniqueKeysWithValues: document.kept.filter { $0.reason.hasPrefix("listed in ") }.map {
                    (Self.key($0), $0.reason)
                })
        }

        /// Versions acted on.
        var acted: Set<String> { Set(document.actions.map(Self.key)) }
    }

    /// A package of `format` with these versions, all Published.
    static func package(_ format: PackageFormat, _ namespace: String? = nil, _ name: String, _ versions: [String])
        -> Inventory.Package
    {
        Inventory.Package(
            format: format, namespace: namespace, name: name,
            versions: versions.enumerated().map {
                Inventory.Version(
                    version: $0.element, revision: "r\($0.offset)",
                    publishedTime: now.addingTimeInterval(-Double(($0.offset + 1) * 86_400)))
            })
    }
}
