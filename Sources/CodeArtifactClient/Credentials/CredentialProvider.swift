/// One source of credentials in the chain.
///
/// A provider answers ``CredentialLookup/notApplicable(_:)`` when its source is not set up
/// here, and throws ``CredentialsError`` when it is set up but fails: the chain moves on in the
/// first case and stops in the second, so a broken role is reported instead of hidden.
protocol CredentialProvider: Sendable {
    /// The source's name in messages, e.g. `environment`, `web identity`.
    var name: String { get }
    /// Loads fresh credentials (token files and processes are read or run anew each time).
    func load() async throws -> CredentialLookup
}
