import CodeArtifactModel
import Foundation
import PruneManifest
import Testing

@testable import PruneEngine

/// Builds a manifest from YAML and packages from compact rows, evaluates, and gives the
/// decisions by version, so each worked case reads like the table in docs/spec/manifest.md.
struct EvaluationFixture {
    static let now = Date(timeIntervalSince1970: 1_795_910_400)  // 2026-11-29T00:00:00Z

    let manifest: Manifest

    init(_ targets: String, settings: String = "") throws {
        var yaml = "version: 1\ndefaults:\n  domain: acme\n  repository: repo1\n"
        if !settings.isEmpty { yaml += "settings:\n" + settings + "\n" }
        yaml += "targets:\n" + targets + "\n"
        let result = ManifestParser.parse(bytes: Array(yaml.utf8))
        let errors = result.diagnostics.filter { $0.severity == .error }
        guard let manifest = result.manifest else {
            Issue.record("fixture manifest is invalid: \(errors)")
            throw FixtureError.invalid
        }
        self.manifest = manifest
    }

    enum FixtureError: Error { case invalid }

    /// A row: version, status, days before `now` it was published (nil: unknown), origin.
    struct Row {
        var version: String
        var status: PackageVersionStatus = .published
        var daysAgo: Double? = nil
        var origin: PackageVersionOriginType = .internal
    }

    static func row(
        _ version: String, _ status: PackageVersionStatus = .published, daysAgo: Double? = nil,
        origin: PackageVersionOriginType = .internal
    ) -> Row {
        Row(version: version, status: status, daysAgo: daysAgo, origin: origin)
    }

    /// Evaluates one package; rows may come in any order (sorted by publish time like an inventory).
    func evaluate(
        _ rows: [Row], format: PackageFormat = .npm, namespace: String? = nil, package: String = "pkg",
        explain: Bool = false
    ) throws -> Outcome {
        let coordinates = PackageCoordinates(
            domain: "acme", repository: "repo1", format: format, namespace: namespace, package: package)
        let records = rows.map {
            VersionRecord(
                version: $0.version, status: $0.status, revision: "rev-\($0.version)",
                publishedTime: $0.daysAgo.map { Self.now.addingTimeInterval(-$0 * 86_400) }, origin: $0.origin)
        }
        let evaluator = PlanEvaluator(manifest: manifest, now: Self.now, explain: explain)
        let evaluation = try #require(evaluator.evaluate(PackageVersions(coordinates: coordinates, versions: records)))
        return Outcome(evaluation: evaluation)
    }

    /// Decisions by version.
    struct Outcome {
        let evaluation: PackageEvaluation

        subscript(version: String) -> VersionDecision {
            evaluation.decisions.first { $0.record.version == version }!
        }

        /// Versions acted on, newest first.
        var acted: [String] { evaluation.decisions.filter { $0.action != nil }.map(\.record.version) }
        /// Versions kept, newest first.
        var kept: [String] { evaluation.decisions.filter { $0.action == nil }.map(\.record.version) }
    }
}
