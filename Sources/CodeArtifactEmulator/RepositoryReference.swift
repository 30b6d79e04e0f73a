// Wire side, not the model's `RepositoryCoordinates`: the emulator parses requests into its own
// shape so that it checks the client's encoding instead of sharing the client's types.
/// The repository a request names: `domain`, `domain-owner` (if given) and `repository`.
struct RepositoryReference: Sendable, Hashable {
    var domain: String
    var domainOwner: String?
    var repository: String
}
