extension Inventory {
    /// How a package version entered the domain.
    public enum Origin: String, Sendable, Hashable, CaseIterable, Codable {
        /// Published directly to a repository of the domain.
        case `internal` = "INTERNAL"
        /// Ingested from an external connection (a public registry).
        case external = "EXTERNAL"
        /// Not known.
        case unknown = "UNKNOWN"
    }
}
