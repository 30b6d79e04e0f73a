import CodeArtifactModel
import Foundation

/// One package's versions in publish order, newest first, and what is known of their ages.
///
/// Against the service, `ListPackageVersions` with `sortBy=PUBLISHED_TIME` gives this order
/// but no times; each age cutoff is then settled by a binary search (`AgeBoundary`) instead
/// of one `DescribePackageVersion` per version. From an inventory file every time is known.
public struct PackageVersions: Sendable {
    /// Where the package lives.
    public var coordinates: PackageCoordinates
    /// The versions, newest first (ties already broken as `docs/spec/manifest.md` says).
    public var versions: [VersionRecord]
    /// Age boundaries found by binary search, per cutoff instant.
    public var boundaries: [Date: AgeBoundary]
    /// Facts about how the ages were learnt, for the decision trace.
    public var notes: [String]

    /// Creates a package from versions already in publish order, newest first.
    public init(
        coordinates: PackageCoordinates, versionsNewestFirst: [VersionRecord], boundaries: [Date: AgeBoundary] = [:],
        notes: [String] = []
    ) {
        self.coordinates = coordinates
        self.versions = versionsNewestFirst
        self.boundaries = boundaries
        self.notes = notes
    }

    /// Creates a package from versions with known publish times in any order: newest first,
    /// equal times by the format's version order then the version string (highest first),
    /// versions without a time last (they rank oldest).
    public init(coordinates: PackageCoordinates, versions: [VersionRecord]) {
        // Versions are parsed only to break ties of publish time: usually none.
        let order = VersionOrder(format: coordinates.format, packageVersions: versions.lazy.map(\.version))
        var parsed: [Int: ParsedVersion?] = [:]
        func version(_ index: Int) -> ParsedVersion? {
            if let known = parsed[index] { return known }
            let value = order.parse(versions[index].version)
            parsed[index] = value
            return value
        }
        let sorted = versions.indices.sorted { a, b in
            let ta = versions[a].publishedTime
            let tb = versions[b].publishedTime
            if ta != tb {
                guard let ta else { return false }
                guard let tb else { return true }
                return ta > tb
            }
            if let pa = version(a), let pb = version(b), pa != pb { return pa > pb }
            return UnicodeOrder.less(versions[b].version, versions[a].version)
        }
        self.init(coordinates: coordinates, versionsNewestFirst: sorted.map { versions[$0] })
    }

    /// `publishedTime < cutoff`; false when the age is unknown.
    public func isOlder(_ index: Int, than cutoff: Date) -> Bool {
        if let time = versions[index].publishedTime { return time < cutoff }
        if let firstOlder = boundaries[cutoff]?.firstOlder { return index >= firstOlder }
        return false
    }

    /// `publishedTime > cutoff`; false when the age is unknown.
    public func isNewer(_ index: Int, than cutoff: Date) -> Bool {
        if let time = versions[index].publishedTime { return time > cutoff }
        if let firstNotNewer = boundaries[cutoff]?.firstNotNewer { return index < firstNotNewer }
        return false
    }

    /// True when the age of `index` relative to `cutoff` is known (a time, or a boundary).
    public func knowsAge(_ index: Int, relativeTo cutoff: Date) -> Bool {
        versions[index].publishedTime != nil || boundaries[cutoff]?.firstOlder != nil
    }
}

/// Where a cutoff falls in a newest-first list: versions before `firstNotNewer` are newer
/// than the cutoff, versions from `firstOlder` on are older; between them (equal times)
/// neither. Only the side a rule needs is searched for (nil: not searched).
public struct AgeBoundary: Sendable, Hashable {
    /// Index of the first version whose time is ≤ the cutoff (`count` if none); for `keep.newerThan`.
    public var firstNotNewer: Int?
    /// Index of the first version whose time is < the cutoff (`count` if none); for `select.olderThan`.
    public var firstOlder: Int?

    /// Creates a boundary.
    public init(firstNotNewer: Int? = nil, firstOlder: Int? = nil) {
        self.firstNotNewer = firstNotNewer
        self.firstOlder = firstOlder
    }
}
