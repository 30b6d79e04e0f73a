/// Replaces small files whole (the SSO token cache, shared with the AWS CLI). A seam, so tests
/// never touch the real home directory.
public protocol FileWriting: Sendable {
    /// Writes `contents` to `path` atomically: readers see the old file or the new one, never a
    /// part. Creates missing parent directories; the new file is readable by its owner only.
    func replaceFile(atPath path: String, with contents: String) throws
}
