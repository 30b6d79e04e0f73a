import CodeArtifactModel

/// The JSON body of the three writes; absent members are omitted.
struct WriteBody: Encodable, Sendable {
    var versions: [String]
    var versionRevisions: [String: String]?
    var expectedStatus: PackageVersionStatus?
    var targetStatus: PackageVersionStatus?
}
