import CodeArtifactModel
import Foundation
import KeepLists
import PruneManifest

/// A target prepared for one run: its place in the manifest and its age cutoffs. A class:
/// evaluation consults every target for every version, and copying the target's strings and
/// pattern lists each time cost more than the rules themselves.
final class TargetRules: Sendable {
    /// Position in the manifest (earlier targets win attribution).
    let index: Int
    let target: Target
    /// `now - select.olderThan`: selected versions are published strictly before it.
    let olderThanCutoff: Date?
    /// `now - keep.newerThan`: protected versions are published strictly after it.
    let newerThanCutoff: Date?
    /// Versions named by `keep.listedIn` files, in the target's format; nil without `listedIn`.
    let listed: ListedVersions?
    /// `select.versions` and `keep.versions`, compiled once: every version of every package
    /// the target covers is matched against them.
    let selectVersions: PatternListMatcher?
    let keepVersions: PatternListMatcher?
    /// `select.origin` and `select.olderThan` (`.any` and nil without `select`), and the
    /// statuses `select` takes as bits. Read per version: reading them through `target.select`
    /// copied the whole `Selection`, its pattern lists and status set retained and released.
    let selectOrigin: OriginFilter
    let selectOlderThan: RetentionDuration?
    private let selectedStatuses: StatusBits

    init(index: Int, target: Target, now: Date, keepLists: [LoadedKeepList] = []) {
        self.index = index
        self.target = target
        listed = target.keep?.listedIn == nil ? nil : ListedVersions(format: target.format, lists: keepLists)
        olderThanCutoff = target.select?.olderThan.map { now.addingTimeInterval(-Double($0.seconds)) }
        newerThanCutoff = target.keep?.newerThan.map { now.addingTimeInterval(-Double($0.seconds)) }
        selectVersions = target.select?.versions.map(PatternListMatcher.init)
        keepVersions = target.keep?.versions.map(PatternListMatcher.init)
        selectOrigin = target.select?.origin ?? .any
        selectOlderThan = target.select?.olderThan
        selectedStatuses = StatusBits(target.select?.statuses ?? Set(PackageVersionStatus.selectable))
    }

    var name: String { target.name }
    var action: TargetAction { target.action }
    var keepOrder: KeepOrder { target.keep?.order ?? .published }

    /// True when the target covers the package: same domain, owner and region where both
    /// are known, same format, repository, namespace and name patterns matching. (The planner
    /// lists only repositories of the domain that the patterns name, so the repository pattern
    /// agrees with what was resolved.)
    func matches(_ coordinates: PackageCoordinates) -> Bool {
        guard coordinates.domain == target.domain, coordinates.format == target.format,
            target.repository.matches(coordinates.repository)
        else { return false }
        if let owner = target.domainOwner, let other = coordinates.domainOwner, owner != other { return false }
        if let region = target.region, let other = coordinates.region, region != other { return false }
        // No namespace is matched as the empty string, so "*" (and an exclusions-only list) covers it.
        if let namespaces = target.namespace, !namespaces.matches(coordinates.namespace ?? "") { return false }
        return target.packages.matches(coordinates.package)
    }

    /// Statuses the target selects (and ranks `keep.latest` among).
    func statusMatches(_ status: PackageVersionStatus) -> Bool {
        status != .deleted && selectedStatuses.contains(status)
    }

    func originMatches(_ origin: PackageVersionOriginType) -> Bool {
        switch selectOrigin {
        case .any: return true
        case .internal: return origin == .internal
        case .external: return origin == .external
        }
    }

    /// The status an action leaves a version in, when it is already there (nothing to do).
    var resultingStatus: PackageVersionStatus? {
        switch action {
        case .archive: return .archived
        case .unlist: return .unlisted
        case .dispose: return .disposed
        case .delete: return nil
        }
    }
}

// MARK: - Hashable

/// By identity: a run prepares each target once, and reasons refer to it (`SelectionReason`).
extension TargetRules: Hashable {
    static func == (lhs: TargetRules, rhs: TargetRules) -> Bool { lhs === rhs }

    func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
