/// A package format, as the API spells it (`npm`, `maven`, ...).
///
/// A string-backed value rather than an enum, so a value the service adds later still decodes.
public struct PackageFormat: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The wire value.
    public let rawValue: String

    /// Wraps a wire value.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `npm`.
    public static let npm = PackageFormat(rawValue: "npm")
    /// `pypi`.
    public static let pypi = PackageFormat(rawValue: "pypi")
    /// `maven`.
    public static let maven = PackageFormat(rawValue: "maven")
    /// `nuget`.
    public static let nuget = PackageFormat(rawValue: "nuget")
    /// `generic`.
    public static let generic = PackageFormat(rawValue: "generic")
    /// `ruby`.
    public static let ruby = PackageFormat(rawValue: "ruby")
    /// `swift`.
    public static let swift = PackageFormat(rawValue: "swift")
    /// `cargo`.
    public static let cargo = PackageFormat(rawValue: "cargo")

    /// The wire value.
    public var description: String { rawValue }
}
