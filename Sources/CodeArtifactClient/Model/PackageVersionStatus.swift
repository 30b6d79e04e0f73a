/// A package version's status.
///
/// A string-backed value rather than an enum, so a value the service adds later still decodes.
public struct PackageVersionStatus: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The wire value.
    public let rawValue: String

    /// Wraps a wire value.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `Published`.
    public static let published = PackageVersionStatus(rawValue: "Published")
    /// `Unfinished`.
    public static let unfinished = PackageVersionStatus(rawValue: "Unfinished")
    /// `Unlisted`.
    public static let unlisted = PackageVersionStatus(rawValue: "Unlisted")
    /// `Archived`.
    public static let archived = PackageVersionStatus(rawValue: "Archived")
    /// `Disposed`.
    public static let disposed = PackageVersionStatus(rawValue: "Disposed")
    /// `Deleted`.
    public static let deleted = PackageVersionStatus(rawValue: "Deleted")

    /// The wire value.
    public var description: String { rawValue }
}
