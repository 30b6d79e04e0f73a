import Foundation
import PruneManifest

/// The three inputs that lead to writes (docs/spec/product.md, "The safety gate"): a manifest planned
/// now, a saved plan, a report's retryable failures. Each says what it would write; none is
/// trusted about itself: ``SafetyGate`` recomputes every refusal from these writes.
public enum WriteSource: Sendable {
    /// A manifest, planned in this run.
    case plan(Plan)
    /// A saved plan (`prune plan --out`), acted on as reviewed.
    case savedPlan(PlanDocument)
    /// A report (`prune apply --retry-failed`): the versions that failed for a retryable cause.
    case report(ReportDocument)
}

extension WriteSource {
    /// The versions this input would act on.
    var writes: [PlannedWrite] {
        switch self {
        case .plan(let plan):
            var writes: [PlannedWrite] = []
            for package in plan.packages {
                for decision in package.decisions {
                    guard let action = decision.action else { continue }
                    writes.append(
                        PlannedWrite(
                            coordinates: package.coordinates, action: action, target: decision.target,
                            version: decision.record.version, status: decision.record.status,
                            revision: decision.record.revision, size: decision.size))
                }
            }
            return writes
        case .savedPlan(let document):
            return document.actions.compactMap(PlannedWrite.init)
        case .report(let report):
            return report.retryableWrites
        }
    }

    /// The run settings the input carries (a shard's share already taken).
    var settings: Settings {
        switch self {
        case .plan(let plan): return plan.settings
        case .savedPlan(let document): return document.settings.settings
        case .report(let report): return report.settings.settings
        }
    }

    /// The shard the input was made for (`K/N`), nil for the whole plan.
    var shard: String? {
        switch self {
        case .plan(let plan): return plan.shard?.description
        case .savedPlan(let document): return document.settings.shard ?? document.shard
        case .report(let report): return report.settings.shard ?? report.shard
        }
    }

    /// The instant the input's ages were measured against, where it has one.
    var now: Date? {
        switch self {
        case .plan(let plan): return plan.now
        case .savedPlan(let document): return RFC3339.parse(document.now)
        case .report: return nil
        }
    }

    /// A refusal the input declares about itself (a refused plan, a saved plan with
    /// conflicts, a refused run's report): the gate refuses it whatever the writes say.
    var declaredRefusal: String? {
        switch self {
        case .plan(let plan):
            return plan.refusal?.description
        case .savedPlan(let document):
            if let refused = document.refused { return "the saved plan is refused: \(refused)" }
            if let conflicts = document.conflicts, !conflicts.isEmpty {
                return
                    "the saved plan carries \(conflicts.count) conflict\(conflicts.count == 1 ? "" : "s") between targets (\(conflicts[0])); fix the targets and plan again"
            }
            return nil
        case .report(let report):
            guard let refused = report.refused else { return nil }
            return
                "this report is of a refused run (\(refused)): it is a record, not a to-do list; fix the plan and apply it again"
        }
    }

    /// The manifest the writes came from.
    var reference: ManifestReference {
        switch self {
        case .plan(let plan): return plan.manifest
        case .savedPlan(let document): return document.manifest
        case .report(let report): return report.manifest
        }
    }

    /// The `keep.listedIn` files the plan was made with (path and digest), carried into the report.
    var keepLists: [ManifestReference]? {
        switch self {
        case .plan(let plan): return plan.keepLists.isEmpty ? nil : plan.keepLists
        case .savedPlan(let document): return document.keepLists
        case .report(let report): return report.keepLists
        }
    }

    /// Warnings from planning, carried into the report.
    var warnings: [String] {
        switch self {
        case .plan(let plan): return plan.warnings
        case .savedPlan(let document): return document.warnings
        case .report(let report): return report.warnings
        }
    }

    /// True for a manifest planned now: the only input that asks before acting (a saved plan
    /// and a report are of reviewed, approved runs).
    var asksForConfirmation: Bool {
        if case .plan = self { return true }
        return false
    }
}
