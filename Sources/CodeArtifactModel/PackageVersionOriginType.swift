/// How a package version entered the domain, as the API model spells it (`PackageVersionOriginType`).
public enum PackageVersionOriginType: String, Sendable, Hashable, CaseIterable, Codable {
    /// Published directly to a repository of the domain.
    case `internal` = "INTERNAL"
    /// Ingested from an external connection or an upstream (a public registry).
    case external = "EXTERNAL"
    /// The service does not know.
    case unknown = "UNKNOWN"
}
