/// One `keep.listedIn` entry: a path or glob, relative to the manifest's directory, and where
/// the manifest wrote it (so a file that cannot be read is reported at this place).
public struct KeepListReference: Sendable, Hashable {
    /// The path or glob as written.
    public var pattern: String
    /// Where the entry is in the manifest.
    public var location: SourceLocation

    /// Creates a reference.
    public init(pattern: String, location: SourceLocation) {
        self.pattern = pattern
        self.location = location
    }
}
