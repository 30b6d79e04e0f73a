import CodeArtifactClient
import NIOConcurrencyHelpers

/// Records the files written instead of writing them.
final class MemoryFileWriter: FileWriting {
    private let written = NIOLockedValueBox<[String: String]>([:])

    func replaceFile(atPath path: String, with contents: String) throws {
        written.withLockedValue { $0[path] = contents }
    }

    /// Path to the last contents written there.
    var files: [String: String] { written.withLockedValue { $0 } }
}
