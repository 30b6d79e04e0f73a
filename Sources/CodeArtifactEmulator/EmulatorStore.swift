import Foundation
import Inventory
import Synchronization

/// The emulator's state behind one lock, and the six operations on it. Every operation runs in
/// one short critical section, so concurrent writes serialize: of two deletes of one version,
/// exactly one finds it.
final class EmulatorStore: Sendable {
    let accountId: String
    let region: String
    private let seed: Inventory
    private let state: Mutex<EmulatorState>

    init(seed: Inventory, accountId: String, region: String) {
        self.seed = seed
        self.accountId = accountId
        self.region = region
        self.state = Mutex(EmulatorState(inventory: seed, accountId: accountId))
    }

    /// Back to the seed.
    func reset() {
        let fresh = EmulatorState(inventory: seed, accountId: accountId)
        state.withLock { $0 = fresh }
    }

    /// The current state as an inventory.
    func inventory() -> Inventory {
        let snapshot = state.withLock { $0 }
        return snapshot.inventory()
    }

    /// Runs `body` on the package `reference` names, after resolving domain, repository and package.
    func withPackage<Result>(
        _ reference: PackageReference, operation: EmulatorOperation,
        _ body: (inout StoredPackage, DomainKey) throws(APIError) -> Result
    ) throws(APIError) -> Result {
        try state.withLock { (state: inout EmulatorState) throws(APIError) -> Result in
            let domain = try resolve(reference.repository, operation: operation, in: state)
            guard state.domains[domain]?[reference.repository.repository] != nil else {
                throw repositoryNotFound(reference.repository)
            }
            guard state.domains[domain]![reference.repository.repository]!.packages[reference.key] != nil else {
                throw .notFound(
                    "Package '\(reference.displayName)' (format \(reference.format.rawValue)) not found in repository "
                        + "'\(reference.repository.repository)'",
                    resourceId: reference.package, resourceType: "package")
            }
            return try body(&state.domains[domain]![reference.repository.repository]!.packages[reference.key]!, domain)
        }
    }

    /// Runs `body` on the repositories of the domain `reference` names (its `repository` unused).
    func withDomain<Result>(
        _ reference: RepositoryReference, operation: EmulatorOperation,
        _ body: ([String: StoredRepository], DomainKey) throws(APIError) -> Result
    ) throws(APIError) -> Result {
        try state.withLock { (state: inout EmulatorState) throws(APIError) -> Result in
            let domain = try resolve(reference, operation: operation, in: state)
            return try body(state.domains[domain] ?? [:], domain)
        }
    }

    /// Runs `body` on the repository `reference` names.
    func withRepository<Result>(
        _ reference: RepositoryReference, operation: EmulatorOperation,
        _ body: (StoredRepository, DomainKey) throws(APIError) -> Result
    ) throws(APIError) -> Result {
        try state.withLock { (state: inout EmulatorState) throws(APIError) -> Result in
            let domain = try resolve(reference, operation: operation, in: state)
            guard let repository = state.domains[domain]?[reference.repository] else {
                throw repositoryNotFound(reference)
            }
            return try body(repository, domain)
        }
    }

    /// The domain a request means: `domain-owner`, or the caller's account when absent. An
    /// owner that is not the caller's account and owns no domain here is refused as IAM would
    /// (`AccessDeniedException`, before anything about the resource is revealed); a missing
    /// domain of a known owner is a `ResourceNotFoundException`.
    private func resolve(
        _ reference: RepositoryReference, operation: EmulatorOperation, in state: EmulatorState
    ) throws(APIError) -> DomainKey {
        let owner = reference.domainOwner ?? accountId
        let key = DomainKey(name: reference.domain, owner: owner)
        if state.domains[key] != nil { return key }
        if owner != accountId, !state.domains.keys.contains(where: { $0.owner == owner }) {
            throw .accessDenied(
                "User: arn:aws:iam::\(accountId):user/emulator is not authorized to perform: "
                    + "codeartifact:\(operation.rawValue) on resource: "
                    + "arn:aws:codeartifact:\(region):\(owner):repository/\(reference.domain)/\(reference.repository)")
        }
        throw .notFound(
            "Domain '\(reference.domain)' not found in account \(owner)", resourceId: reference.domain,
            resourceType: "domain")
    }

    private func repositoryNotFound(_ reference: RepositoryReference) -> APIError {
        .notFound(
            "Repository '\(reference.repository)' not found in domain '\(reference.domain)'",
            resourceId: reference.repository, resourceType: "repository")
    }
}

extension PackageReference {
    /// `namespace/package` or `package`, for messages.
    var displayName: String { namespace.map { "\($0)/\(package)" } ?? package }
}
