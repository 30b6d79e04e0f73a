import CodeArtifactModel
import Inventory

/// The package a request names: its repository, `format`, `namespace` and `package`.
struct PackageReference: Sendable, Hashable {
    var repository: RepositoryReference
    var format: PackageFormat
    var namespace: String?
    var package: String

    var key: PackageKey { PackageKey(format: format, namespace: namespace, name: package) }
}
