/// The writer's side of the gate: proves, before the first write, that writes to these
/// regions can be signed (credentials resolve, a client for each region can be made).
/// The service's writer implements it; a fake in tests.
public protocol WriteReadiness: Sendable {
    /// Throws, with a message a person can act on, when writes to a region cannot be sent.
    func checkReady(regions: [String]) async throws
}
