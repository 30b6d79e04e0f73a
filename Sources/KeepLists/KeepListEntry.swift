import CodeArtifactModel
import PruneManifest

/// One resolved version a keep list names, in CodeArtifact's terms.
public struct KeepListEntry: Sendable, Hashable {
    /// The format whose targets it protects.
    public var format: PackageFormat
    /// npm scope (without `@`), Maven group, Swift scope, generic namespace; nil where none.
    public var namespace: String?
    /// The package name as the file writes it (matching normalises per format).
    public var name: String
    /// The resolved version as the file writes it.
    public var version: String
    /// 1-based line of the entry in its file, for "listed in FILE:LINE".
    public var line: Int

    /// Creates an entry.
    public init(format: PackageFormat, namespace: String?, name: String, version: String, line: Int) {
        self.format = format
        self.namespace = namespace
        self.name = name
        self.version = version
        self.line = line
    }
}
