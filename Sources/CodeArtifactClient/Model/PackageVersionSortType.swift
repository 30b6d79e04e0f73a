/// How ListPackageVersions sorts (`PUBLISHED_TIME`: newest first).
///
/// A string-backed value rather than an enum, so a value the service adds later still decodes.
public struct PackageVersionSortType: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The wire value.
    public let rawValue: String

    /// Wraps a wire value.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `PUBLISHED_TIME`.
    public static let `publishedTime` = PackageVersionSortType(rawValue: "PUBLISHED_TIME")

    /// The wire value.
    public var description: String { rawValue }
}
