import CodeArtifactModel
import Inventory

/// A package in the emulator's state: its versions by string, plus the two list orders,
/// computed when first needed and dropped when a version is deleted.
struct StoredPackage: Sendable {
    var key: PackageKey
    private(set) var versions: [String: StoredVersion]
    private var byVersion: [String]?
    private var byTime: [String]?

    init(key: PackageKey, versions: [StoredVersion]) {
        self.key = key
        self.versions = Dictionary(versions.map { ($0.version, $0) }, uniquingKeysWith: { first, _ in first })
    }

    subscript(version: String) -> StoredVersion? {
        versions[version]
    }

    mutating func setStatus(_ status: PackageVersionStatus, of version: String) {
        versions[version]?.status = status
    }

    mutating func remove(_ version: String) {
        guard versions.removeValue(forKey: version) != nil else { return }
        byVersion = nil
        byTime = nil
    }

    /// Version strings in Unicode scalar order.
    mutating func orderedByVersion() -> [String] {
        if let byVersion { return byVersion }
        let order = versions.keys.sorted(by: UnicodeOrder.less)
        byVersion = order
        return order
    }

    /// Newest first; versions without a time last; ties by version string.
    mutating func orderedByTime() -> [String] {
        if let byTime { return byTime }
        let order = versions.values.sorted(by: StoredPackage.newerFirst).map(\.version)
        byTime = order
        return order
    }

    /// The `sortBy=PUBLISHED_TIME` order.
    static func newerFirst(_ a: StoredVersion, _ b: StoredVersion) -> Bool {
        timeOrder(a.publishedMilliseconds, a.version, before: b.publishedMilliseconds, b.version)
    }

    static func timeOrder(_ aTime: Int64?, _ aVersion: String, before bTime: Int64?, _ bVersion: String) -> Bool {
        let left = aTime ?? Int64.min
        let right = bTime ?? Int64.min
        if left != right { return left > right }
        return UnicodeOrder.less(aVersion, bVersion)
    }

    /// The default display version: for npm the newest Published release (what the `latest`
    /// tag usually names), else the newest Published version of any kind.
    var defaultDisplayVersion: String? {
        var newest: StoredVersion?
        var newestRelease: StoredVersion?
        for version in versions.values where version.status == .published {
            if newest.map({ StoredPackage.newerFirst(version, $0) }) ?? true { newest = version }
            if !version.version.contains("-"), newestRelease.map({ StoredPackage.newerFirst(version, $0) }) ?? true {
                newestRelease = version
            }
        }
        return (key.format == .npm ? newestRelease ?? newest : newest)?.version
    }
}
