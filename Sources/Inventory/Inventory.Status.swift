extension Inventory {
    /// A package version status, spelled as the API spells it.
    public enum Status: String, Sendable, Hashable, CaseIterable, Codable {
        /// Published: listed and downloadable.
        case published = "Published"
        /// Unfinished: being published.
        case unfinished = "Unfinished"
        /// Unlisted: downloadable but not listed by package managers.
        case unlisted = "Unlisted"
        /// Archived: not downloadable, restorable.
        case archived = "Archived"
        /// Disposed: assets deleted, metadata kept.
        case disposed = "Disposed"
        /// Deleted (never stored in an inventory; the API reports it after a delete).
        case deleted = "Deleted"
    }
}
