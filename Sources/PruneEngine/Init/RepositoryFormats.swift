import CodeArtifactModel
import PruneManifest

/// One repository of a domain and the formats of the packages it holds (what `prune init`
/// writes one target for each of).
public struct RepositoryFormats: Sendable, Hashable {
    /// The repository's name.
    public var repository: String
    /// The formats present, in the manifest's order of formats.
    public var formats: [PackageFormat]

    /// Creates an entry; `formats` are put in a stable order.
    public init(repository: String, formats: some Sequence<PackageFormat>) {
        self.repository = repository
        let present = Set(formats)
        self.formats = PackageFormat.allCases.filter { present.contains($0) }
    }
}
