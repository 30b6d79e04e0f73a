/// One package of a ListPackages answer.
public struct PackageSummary: Sendable, Hashable, Codable {
    /// The format.
    public var format: PackageFormat
    /// The namespace, absent for formats without one.
    public var namespace: String?
    /// The name.
    public var package: String

    /// Creates a summary.
    public init(format: PackageFormat, namespace: String? = nil, package: String) {
        self.format = format
        self.namespace = namespace
        self.package = package
    }
}
