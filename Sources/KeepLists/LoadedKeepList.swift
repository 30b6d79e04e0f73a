/// One keep file as read: where it is, its digest (for the saved plan and the report) and what it names.
public struct LoadedKeepList: Sendable, Hashable {
    /// The path relative to the manifest's directory (absolute if written so).
    public var path: String
    /// Hex SHA-256 of the bytes read.
    public var sha256: String
    /// What kind of file it is.
    public var kind: KeepListKind
    /// The resolved versions it names.
    public var entries: [KeepListEntry]

    /// Creates a loaded keep list.
    public init(path: String, sha256: String, kind: KeepListKind, entries: [KeepListEntry]) {
        self.path = path
        self.sha256 = sha256
        self.kind = kind
        self.entries = entries
    }
}
