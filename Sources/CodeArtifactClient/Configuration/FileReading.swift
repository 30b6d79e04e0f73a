/// Reads small text files (AWS config and credentials files, token files). A seam, so tests
/// never touch the real home directory.
public protocol FileReading: Sendable {
    /// The file's contents, or `nil` when it does not exist. Throws when it exists but cannot be read.
    func readFile(atPath path: String) throws -> String?
}
