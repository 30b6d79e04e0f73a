/// Where a version came from, as `ListPackageVersions` reports it (`origin.originType`).
public enum VersionOrigin: String, Sendable, Hashable, Codable {
    /// Published directly into this repository's domain.
    case `internal` = "INTERNAL"
    /// Pulled from an upstream or external connection.
    case external = "EXTERNAL"
    /// The service does not know.
    case unknown = "UNKNOWN"
}
