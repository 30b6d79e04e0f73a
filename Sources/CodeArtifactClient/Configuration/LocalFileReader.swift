import Foundation

/// Reads from the local file system.
public struct LocalFileReader: FileReading {
    /// Creates the reader.
    public init() {}

    /// The file's UTF-8 contents, or `nil` when nothing is at `path`.
    public func readFile(atPath path: String) throws -> String? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return String(decoding: data, as: UTF8.self)
    }
}
