import CodeArtifactModel
import Inventory

// Wire side, not the model's `PackageCoordinates`, for the reason `RepositoryReference` gives.
/// The package a request names: its repository, `format`, `namespace` and `package`.
struct PackageReference: Sendable, Hashable {
    var repository: RepositoryReference
    var format: PackageFormat
    var namespace: String?
    var package: String

    var key: PackageKey { PackageKey(format: format, namespace: namespace, name: package) }
}
