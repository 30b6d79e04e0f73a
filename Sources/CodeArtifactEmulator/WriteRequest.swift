import CodeArtifactModel
import Inventory

/// A validated write: which versions, the optimistic-concurrency conditions, and the change.
struct WriteRequest: Sendable {
    enum Change: Sendable, Equatable {
        case delete
        case dispose
        case setStatus(PackageVersionStatus)
    }

    var package: PackageReference
    var change: Change
    /// The versions, without duplicates, in request order.
    var versions: [String]
    var expectedStatus: PackageVersionStatus?
    var versionRevisions: [String: String]
}
