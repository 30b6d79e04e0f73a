import Foundation

/// Reads from the local file system.
public struct LocalFileReader: FileReading {
    /// Creates the reader.
    public init() {}

    /// The file's UTF-8 contents, or `nil` when nothing is at `path`.
    public func readFile(atPath path: String) throws -> String? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        // A FileHandle reads devices and pipes too (AWS_CONFIG_FILE=/dev/null is a common
        // way to say "no config"), where Data(contentsOf:) fails on Linux.
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CocoaError(.fileReadNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        defer { try? handle.close() }
        let data = try handle.readToEnd() ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
