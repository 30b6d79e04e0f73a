import CodeArtifactModel

/// Why planning stopped before a plan was complete (exit 1: nothing was acted on).
public struct PlanningError: Error, Sendable, CustomStringConvertible {
    private enum Code: Sendable {
        case domainNotFound, repositoryNotFound, ambiguousDomain, source
    }

    private let code: Code
    /// What went wrong and what to do.
    public let message: String

    private init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The domain does not exist (or the caller cannot see it).
    /// `serviceMessage` is the service's own words, kept only where they add something.
    public static func domainNotFound(
        _ repository: RepositoryCoordinates, detail: String = "", serviceMessage: String? = nil
    ) -> PlanningError {
        let lead =
            "domain '\(repository.domain)'\(repository.domainOwner.map { " (owner \($0))" } ?? "") not found\(detail)"
        return PlanningError(
            .domainNotFound,
            ErrorText.join(lead, serviceMessage) + "; check 'domain' and 'domainOwner' in the plan, and the region")
    }

    /// The repository does not exist in its domain.
    /// `serviceMessage` is the service's own words, kept only where they add something.
    public static func repositoryNotFound(
        _ repository: RepositoryCoordinates, detail: String = "", serviceMessage: String? = nil
    ) -> PlanningError {
        let lead = "repository '\(repository.repository)' not found in domain '\(repository.domain)'\(detail)"
        return PlanningError(
            .repositoryNotFound, ErrorText.join(lead, serviceMessage) + "; check 'repository' in the plan")
    }

    /// Two domains of one name in an inventory, and the plan names no owner.
    public static func ambiguousDomain(_ name: String, owners: [String]) -> PlanningError {
        PlanningError(
            .ambiguousDomain,
            "the inventory has \(owners.count) domains named '\(name)' (owners \(owners.joined(separator: ", "))); set 'domainOwner' in the plan"
        )
    }

    /// A failure of the source (network, access), already described.
    public static func source(_ message: String) -> PlanningError { PlanningError(.source, message) }

    /// True for a missing domain or repository.
    public var isNotFound: Bool { code == .domainNotFound || code == .repositoryNotFound }

    public var description: String { message }
}
