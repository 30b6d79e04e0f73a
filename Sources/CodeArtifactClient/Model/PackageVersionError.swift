/// A version a write did not act on (`failedVersions`).
public struct PackageVersionError: Sendable, Hashable, Codable {
    /// Why: `NOT_FOUND`, `MISMATCHED_STATUS`, `SKIPPED`, ...
    public var errorCode: PackageVersionErrorCode?
    /// The service's explanation, e.g. `current status: Published, expected status: Unlisted`.
    public var errorMessage: String?

    /// Creates an entry.
    public init(errorCode: PackageVersionErrorCode? = nil, errorMessage: String? = nil) {
        self.errorCode = errorCode
        self.errorMessage = errorMessage
    }
}
