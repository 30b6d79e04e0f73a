import CodeArtifactModel
import PruneManifest

/// One write call: up to 100 versions of one package, one action, all seen in the same
/// status at planning (sent as `expectedStatus`, so a version changed since fails safely).
public struct WriteRequest: Sendable, Hashable {
    /// The package.
    public var coordinates: PackageCoordinates
    /// What to do.
    public var action: TargetAction
    /// The status every version had when planned.
    public var expectedStatus: PackageVersionStatus
    /// The versions, at most `maximumVersions`.
    public var versions: [String]
    /// Revisions seen at planning, for the operations that take `versionRevisions`.
    public var revisions: [String: String]

    /// The API's limit per write call.
    public static let maximumVersions = 100

    /// Creates a request.
    public init(
        coordinates: PackageCoordinates, action: TargetAction, expectedStatus: PackageVersionStatus, versions: [String],
        revisions: [String: String]
    ) {
        self.coordinates = coordinates
        self.action = action
        self.expectedStatus = expectedStatus
        self.versions = versions
        self.revisions = revisions
    }

    /// The same request for a subset of its versions (resending the `SKIPPED` ones).
    func narrowed(to subset: [String]) -> WriteRequest {
        var copy = self
        copy.versions = subset
        copy.revisions = revisions.filter { subset.contains($0.key) }
        return copy
    }
}

/// One planned version to act on, as a write needs it.
public struct PlannedWrite: Sendable, Hashable {
    /// The package.
    public var coordinates: PackageCoordinates
    /// The action.
    public var action: TargetAction
    /// The target it is reported under.
    public var target: String
    /// The version.
    public var version: String
    /// Status seen at planning.
    public var status: PackageVersionStatus
    /// Revision seen at planning.
    public var revision: String?
    /// An earlier run's attempt may have landed (it failed with an unknown outcome): a
    /// `NOT_FOUND` for a delete (already-in-status for the others) then counts as success.
    public var mayHaveLanded: Bool
    /// Bytes the version holds, when measured (`--sizes`): what the report counts as freed.
    public var size: Int64?

    /// Creates a planned write.
    public init(
        coordinates: PackageCoordinates, action: TargetAction, target: String, version: String,
        status: PackageVersionStatus, revision: String?, mayHaveLanded: Bool = false, size: Int64? = nil
    ) {
        self.mayHaveLanded = mayHaveLanded
        self.size = size
        self.coordinates = coordinates
        self.action = action
        self.target = target
        self.version = version
        self.status = status
        self.revision = revision
    }

    /// From a saved plan's action entry; nil for an entry without an action.
    public init?(_ entry: PlanDocument.Entry) {
        guard let action = entry.action else { return nil }
        self.init(
            coordinates: entry.coordinates, action: action, target: entry.target, version: entry.version,
            status: entry.status, revision: entry.revision, size: entry.size)
    }
}

extension WriteRequest {
    /// Groups planned writes into calls: per package, action and planned status, in
    /// chunks of at most 100, versions in Unicode scalar order. Deterministic.
    public static func expand(_ writes: [PlannedWrite]) -> [WriteRequest] {
        struct Key: Hashable {
            var coordinates: PackageCoordinates
            var action: TargetAction
            var status: PackageVersionStatus
        }
        var groups: [Key: [PlannedWrite]] = [:]
        for write in writes {
            groups[Key(coordinates: write.coordinates, action: write.action, status: write.status), default: []].append(
                write)
        }
        // Each key's coordinates as sort fields once, not two arrays built per comparison.
        let keys = groups.map { (key: $0.key, fields: $0.key.coordinates.sortKey, writes: $0.value) }.sorted { a, b in
            if a.key.coordinates != b.key.coordinates { return UnicodeOrder.less(a.fields, b.fields) }
            if a.key.action != b.key.action { return a.key.action.rawValue < b.key.action.rawValue }
            return a.key.status.rawValue < b.key.status.rawValue
        }
        var requests: [WriteRequest] = []
        for (key, _, writes) in keys {
            var seen = Set<String>()
            let members = writes.filter { seen.insert($0.version).inserted }
                .sorted { UnicodeOrder.less($0.version, $1.version) }
            var start = 0
            while start < members.count {
                let chunk = members[start..<min(start + maximumVersions, members.count)]
                var revisions: [String: String] = [:]
                for write in chunk { if let revision = write.revision { revisions[write.version] = revision } }
                requests.append(
                    WriteRequest(
                        coordinates: key.coordinates, action: key.action, expectedStatus: key.status,
                        versions: chunk.map(\.version), revisions: revisions))
                start += maximumVersions
            }
        }
        return requests
    }
}
