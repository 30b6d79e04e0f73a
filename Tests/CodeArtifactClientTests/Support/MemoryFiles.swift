import CodeArtifactClient

/// Files held in memory, keyed by path.
struct MemoryFiles: FileReading {
    var files: [String: String]

    func readFile(atPath path: String) throws -> String? { files[path] }
}
