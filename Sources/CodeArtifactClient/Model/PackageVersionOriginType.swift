/// Where a version came from: published into the domain, or fetched from an external connection.
///
/// A string-backed value rather than an enum, so a value the service adds later still decodes.
public struct PackageVersionOriginType: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The wire value.
    public let rawValue: String

    /// Wraps a wire value.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `INTERNAL`.
    public static let `internal` = PackageVersionOriginType(rawValue: "INTERNAL")
    /// `EXTERNAL`.
    public static let external = PackageVersionOriginType(rawValue: "EXTERNAL")
    /// `UNKNOWN`.
    public static let unknown = PackageVersionOriginType(rawValue: "UNKNOWN")

    /// The wire value.
    public var description: String { rawValue }
}
