import CodeArtifactModel

/// A package in a repository: format, optional namespace, name.
public struct PackageCoordinates: Sendable, Hashable, CustomStringConvertible {
    /// The repository holding the package.
    public var repository: RepositoryCoordinates
    /// The package's format.
    public var format: PackageFormat
    /// The namespace (Maven groupId, npm scope without `@`, ...); `nil` for formats without one.
    public var namespace: String?
    /// The package's name.
    public var package: String

    /// Creates coordinates.
    public init(repository: RepositoryCoordinates, format: PackageFormat, namespace: String? = nil, package: String) {
        self.repository = repository
        self.format = format
        self.namespace = namespace
        self.package = package
    }

    /// The repository's items, then `format`, `namespace`, `package`.
    var queryItems: [(name: String, value: String)] {
        var items = repository.queryItems
        items.append(("format", format.rawValue))
        if let namespace { items.append(("namespace", namespace)) }
        items.append(("package", package))
        return items
    }

    /// `format package NAMESPACE/NAME in repository ...`.
    public var description: String {
        "\(format) package '\(namespace.map { "\($0)/" } ?? "")\(package)' in \(repository)"
    }
}
