import PruneManifest

/// Every keep file a manifest names, read once, and which targets each belongs to.
public struct KeepListSet: Sendable {
    /// Each file once, in the order first named.
    public var files: [LoadedKeepList] = []
    /// For each target (manifest position), the indices into `files` of its lists (includes too).
    public var filesByTarget: [Int: [Int]] = [:]
    /// Errors (the run stops, exit 65) and warnings, located in the manifest.
    public var diagnostics: [Diagnostic] = []

    /// No keep lists at all.
    public static let empty = KeepListSet()

    /// Creates a set.
    public init(files: [LoadedKeepList] = [], filesByTarget: [Int: [Int]] = [:], diagnostics: [Diagnostic] = []) {
        self.files = files
        self.filesByTarget = filesByTarget
        self.diagnostics = diagnostics
    }

    /// The lists of the target at manifest position `index`.
    public func lists(forTarget index: Int) -> [LoadedKeepList] {
        (filesByTarget[index] ?? []).map { files[$0] }
    }
}
