import CodeArtifactModel
import Inventory

/// One package version in the emulator's state.
struct StoredVersion: Sendable, Hashable {
    var version: String
    var status: PackageVersionStatus
    var revision: String
    /// Milliseconds since 1970 (the service's precision); `nil` when the seed had no time.
    var publishedMilliseconds: Int64?
    var origin: PackageVersionOriginType
    /// The version's files (`nil` when the seed recorded none: listed as no assets).
    var assets: [Inventory.Asset]? = nil
}
