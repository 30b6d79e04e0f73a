/// A version a write acted on (`successfulVersions`).
public struct SuccessfulPackageVersionInfo: Sendable, Hashable, Codable {
    /// The version's revision after the write.
    public var revision: String?
    /// The version's status after the write.
    public var status: PackageVersionStatus?

    /// Creates an entry.
    public init(revision: String? = nil, status: PackageVersionStatus? = nil) {
        self.revision = revision
        self.status = status
    }
}
