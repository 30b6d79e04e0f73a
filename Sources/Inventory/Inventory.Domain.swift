extension Inventory {
    /// A CodeArtifact domain.
    public struct Domain: Sendable, Hashable {
        /// The domain name, e.g. `acme`.
        public var name: String
        /// The 12-digit account id that owns the domain; `nil` when not recorded (a manifest
        /// without `domainOwner` then matches the domain by name).
        public var owner: String?
        /// The repositories of the domain.
        public var repositories: [Repository]

        /// Creates a domain.
        public init(name: String, owner: String? = nil, repositories: [Repository] = []) {
            self.name = name
            self.owner = owner
            self.repositories = repositories
        }
    }
}
