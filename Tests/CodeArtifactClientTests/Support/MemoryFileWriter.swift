import CodeArtifactClient
import Synchronization

/// Records the files written instead of writing them.
final class MemoryFileWriter: FileWriting {
    private let written = Mutex<[String: String]>([:])

    func replaceFile(atPath path: String, with contents: String) throws {
        written.withLock { $0[path] = contents }
    }

    /// Path to the last contents written there.
    var files: [String: String] { written.withLock { $0 } }
}
