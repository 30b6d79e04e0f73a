/// Why one version of a write failed (in `failedVersions`).
///
/// A string-backed value rather than an enum, so a value the service adds later still decodes.
public struct PackageVersionErrorCode: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The wire value.
    public let rawValue: String

    /// Wraps a wire value.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `ALREADY_EXISTS`.
    public static let `alreadyExists` = PackageVersionErrorCode(rawValue: "ALREADY_EXISTS")
    /// `MISMATCHED_REVISION`.
    public static let `mismatchedRevision` = PackageVersionErrorCode(rawValue: "MISMATCHED_REVISION")
    /// `MISMATCHED_STATUS`.
    public static let `mismatchedStatus` = PackageVersionErrorCode(rawValue: "MISMATCHED_STATUS")
    /// `NOT_ALLOWED`.
    public static let `notAllowed` = PackageVersionErrorCode(rawValue: "NOT_ALLOWED")
    /// `NOT_FOUND`.
    public static let `notFound` = PackageVersionErrorCode(rawValue: "NOT_FOUND")
    /// `SKIPPED`.
    public static let skipped = PackageVersionErrorCode(rawValue: "SKIPPED")

    /// The wire value.
    public var description: String { rawValue }
}
