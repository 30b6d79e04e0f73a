import CodeArtifactModel
import Foundation
import PruneManifest

/// One package version as listed: what the rules look at and what a write must expect.
public struct VersionRecord: Sendable, Hashable {
    /// The version string, exactly as the repository has it.
    public var version: String
    /// Status when listed.
    public var status: PackageVersionStatus
    /// Revision when listed (writes that take `versionRevisions` send it back).
    public var revision: String?
    /// Publish time, when known (from an inventory, or described from the service).
    public var publishedTime: Date?
    /// Origin type.
    public var origin: PackageVersionOriginType

    /// Creates a record.
    public init(
        version: String, status: PackageVersionStatus, revision: String? = nil, publishedTime: Date? = nil,
        origin: PackageVersionOriginType = .internal
    ) {
        self.version = version
        self.status = status
        self.revision = revision
        self.publishedTime = publishedTime
        self.origin = origin
    }
}
