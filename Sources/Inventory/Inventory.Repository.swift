extension Inventory {
    /// A repository of a domain.
    public struct Repository: Sendable, Hashable {
        /// The repository name, e.g. `npm-store`.
        public var name: String
        /// The packages of the repository.
        public var packages: [Package]

        /// Creates a repository.
        public init(name: String, packages: [Package] = []) {
            self.name = name
            self.packages = packages
        }
    }
}
