import Foundation
import PruneManifest

/// The manifest a plan came from: its path as given and the SHA-256 of its bytes.
public struct ManifestReference: Sendable, Hashable, Codable {
    /// Path as the user gave it.
    public var path: String
    /// Hex SHA-256 of the manifest's bytes.
    public var sha256: String

    /// Creates a reference.
    public init(path: String, sha256: String) {
        self.path = path
        self.sha256 = sha256
    }
}

/// Why a plan acts on nothing (exit 4).
public enum PlanRefusal: Sendable, Hashable, CustomStringConvertible {
    /// Two targets act differently on unprotected versions.
    case conflicts(Int)
    /// More irreversible actions than `settings.maxDeletions`.
    case maxDeletions(planned: Int, limit: Int)

    /// One sentence with what to do.
    public var description: String {
        switch self {
        case .conflicts(let count):
            return
                "\(count) version\(count == 1 ? "" : "s") selected by targets with different actions; nothing will be acted on until the targets agree"
        case .maxDeletions(let planned, let limit):
            return
                "the plan would delete or dispose \(planned) versions, more than settings.maxDeletions (\(limit)); nothing will be acted on. Check the rules, or raise maxDeletions if this is intended"
        }
    }
}

/// A complete plan: every version of every matched package with its decision.
public struct Plan: Sendable {
    /// The manifest.
    public var manifest: ManifestReference
    /// When the plan was made.
    public var createdAt: Date
    /// The "now" that ages were measured against.
    public var now: Date
    /// The run settings (rate limits already divided by the shard count).
    public var settings: Settings
    /// The shard, when planning one.
    public var shard: Shard?
    /// Every matched package, sorted by coordinates.
    public var packages: [PackageEvaluation]
    /// Things worth knowing that do not stop the plan.
    public var warnings: [String]
    /// Set when the plan must not be acted on.
    public var refusal: PlanRefusal?
    /// Path and digest of each `keep.listedIn` file read.
    public var keepLists: [ManifestReference] = []
    /// How sizes were measured (`--sizes`); nil when they were not.
    public var sizing: SizingMode? = nil

    /// Every conflict, in package order.
    public var conflicts: [ActionConflict] { packages.flatMap(\.conflicts) }

    /// Number of versions acted on.
    public var actionCount: Int { packages.reduce(0) { $0 + $1.decisions.count { $0.action != nil } } }

    /// Number of irreversible actions (delete, dispose): what `maxDeletions` limits.
    public var deletionCount: Int {
        packages.reduce(0) { $0 + $1.decisions.count { $0.action?.isIrreversible == true } }
    }

    /// Number of versions seen in matched packages.
    public var versionCount: Int { packages.reduce(0) { $0 + $1.decisions.count } }

    /// Decides the refusal, in `docs/spec/manifest.md`'s order of judgement: conflicts, then (after the
    /// guard, already applied per package) `maxDeletions` on what would really be deleted or disposed.
    mutating func judge() {
        let conflicts = self.conflicts.count
        if conflicts > 0 {
            refusal = .conflicts(conflicts)
        } else if deletionCount > settings.maxDeletions {
            refusal = .maxDeletions(planned: deletionCount, limit: settings.maxDeletions)
        } else {
            refusal = nil
        }
    }
}
