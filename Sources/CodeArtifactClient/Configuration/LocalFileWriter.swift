import Foundation

/// Writes to the local file system the way botocore's `JSONFileCache` does: a `0600` temporary
/// file in the same directory, flushed to disk, then renamed over the target.
public struct LocalFileWriter: FileWriting {
    /// Creates the writer.
    public init() {}

    /// Writes `contents` to a temporary sibling of `path`, syncs it, and renames it into place.
    public func replaceFile(atPath path: String, with contents: String) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let temporary = directory + "/tmp" + UUID().uuidString.prefix(8).lowercased() + ".tmp"
        // O_EXCL: never follow or reuse something already at the temporary name.
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw Self.lastError(temporary) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: Data(contents.utf8))
            try handle.synchronize()
            try handle.close()
            guard rename(temporary, path) == 0 else { throw Self.lastError(path) }
        } catch {
            try? handle.close()
            unlink(temporary)
            throw error
        }
    }

    /// `errno` as an error naming `path`.
    private static func lastError(_ path: String) -> any Error {
        let code = POSIXErrorCode(rawValue: errno) ?? .EIO
        return CocoaError(
            .fileWriteUnknown, userInfo: [NSFilePathErrorKey: path, NSUnderlyingErrorKey: POSIXError(code)])
    }
}
