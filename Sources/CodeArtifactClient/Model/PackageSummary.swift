import CodeArtifactModel

/// One package of a ListPackages answer.
public struct PackageSummary: Sendable, Hashable, Codable {
    /// The format; nil for one this build does not know.
    public var format: PackageFormat?
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

    // MARK: - Decodable

    /// Decodes the wire shape; an unknown format decodes as nil.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        format = try container.decodeKnown(PackageFormat.self, forKey: .format)
        namespace = try container.decodeIfPresent(String.self, forKey: .namespace)
        package = try container.decode(String.self, forKey: .package)
    }
}
