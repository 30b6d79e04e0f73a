import CodeArtifactModel
import PruneManifest

/// What the plan does with one version, and why: the decision trace's unit.
public struct VersionDecision: Sendable, Hashable {
    /// Act on the version, or keep it.
    public enum Outcome: Sendable, Hashable {
        /// The version is acted on with this action.
        case act(TargetAction)
        /// The version is left as it is.
        case keep
    }

    /// The version as listed.
    public var record: VersionRecord
    /// Act or keep.
    public var outcome: Outcome
    /// The target the reason speaks of (for an act, the first target in manifest order that selects it).
    public var target: String
    /// Why, as facts; ``reason`` writes the line.
    var why: DecisionReason
    /// Every target's view of the version, for `--explain` (empty unless asked for).
    public var trace: [String]
    /// Bytes the version holds, when `--sizes` measured it (delete and dispose only).
    public var size: Int64? = nil

    /// One line: why (written when read; setting it replaces the facts with the line).
    public var reason: String {
        get { why.text(record) }
        set { why = .text(newValue) }
    }

    /// Creates a decision with its reason as facts.
    init(
        record: VersionRecord, outcome: Outcome, target: String, why: DecisionReason, trace: [String] = [],
        size: Int64? = nil
    ) {
        self.record = record
        self.outcome = outcome
        self.target = target
        self.why = why
        self.trace = trace
        self.size = size
    }

    /// Creates a decision with its reason as a line.
    init(
        record: VersionRecord, outcome: Outcome, target: String, reason: String, trace: [String], size: Int64? = nil
    ) {
        self.init(record: record, outcome: outcome, target: target, why: .text(reason), trace: trace, size: size)
    }

    /// The action, when acted on.
    public var action: TargetAction? {
        if case .act(let action) = outcome { return action }
        return nil
    }
}

/// Two targets acting differently on one unprotected version: the plan is refused (exit 4).
public struct ActionConflict: Sendable, Hashable, CustomStringConvertible {
    /// The package.
    public var coordinates: PackageCoordinates
    /// The version.
    public var version: String
    /// The first target (manifest order) and its action.
    public var first: (target: String, action: TargetAction)
    /// A later target with a different action.
    public var second: (target: String, action: TargetAction)

    /// `targets 'a' (delete) and 'b' (archive) both select npm-store/npm/acme/ui-kit 1.0.0`.
    public var description: String {
        "targets '\(first.target)' (\(first.action.rawValue)) and '\(second.target)' (\(second.action.rawValue)) both select \(coordinates) version \(version) with different actions; make one of them keep it, or give them the same action"
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.coordinates == rhs.coordinates && lhs.version == rhs.version && lhs.first == rhs.first
            && lhs.second == rhs.second
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(coordinates)
        hasher.combine(version)
        hasher.combine(first.target)
        hasher.combine(second.target)
    }
}

/// Every version of one package with its decision.
public struct PackageEvaluation: Sendable {
    /// The package.
    public var coordinates: PackageCoordinates
    /// Decisions, newest version first.
    public var decisions: [VersionDecision]
    /// Conflicting actions found (the plan is refused if any).
    public var conflicts: [ActionConflict]
    /// Names of the targets that cover the package, in manifest order.
    public var targets: [String]
    /// True when the last-version guard kept a version.
    public var guardApplied: Bool
}
