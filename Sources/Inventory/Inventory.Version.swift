import CodeArtifactModel
import Foundation

extension Inventory {
    /// One package version.
    public struct Version: Sendable, Hashable {
        /// The version string, e.g. `1.2.0-beta.1`.
        public var version: String
        /// The status.
        public var status: PackageVersionStatus
        /// The revision (an opaque string that changes when the version's content changes);
        /// `nil` when not recorded.
        public var revision: String?
        /// When the version was published (millisecond precision); `nil` when not recorded.
        public var publishedTime: Date?
        /// How the version entered the domain.
        public var origin: PackageVersionOriginType
        /// The version's files; `nil` when not recorded (sizes unknown), which differs from an
        /// empty list (a version with no files).
        public var assets: [Asset]?

        /// Creates a version.
        public init(
            version: String, status: PackageVersionStatus = .published, revision: String? = nil,
            publishedTime: Date? = nil,
            origin: PackageVersionOriginType = .internal, assets: [Asset]? = nil
        ) {
            self.version = version
            self.status = status
            self.revision = revision
            self.publishedTime = publishedTime
            self.origin = origin
            self.assets = assets
        }

        /// The sum of the assets' sizes; `nil` when the assets are not recorded.
        public var size: Int64? { assets.map { $0.reduce(0) { $0 + $1.size } } }
    }
}
