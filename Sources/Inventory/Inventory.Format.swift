extension Inventory {
    /// A package format, as CodeArtifact names it.
    public enum Format: String, Sendable, Hashable, CaseIterable, Codable {
        /// npm; the namespace is the scope without `@`, optional.
        case npm
        /// PyPI; no namespace.
        case pypi
        /// Maven; the namespace is the groupId, required.
        case maven
        /// NuGet; no namespace.
        case nuget
        /// Generic packages; the namespace is required.
        case generic
        /// RubyGems; no namespace.
        case ruby
        /// Swift; the namespace is the scope, required.
        case swift
        /// Cargo; no namespace.
        case cargo

        /// Whether packages of this format may have a namespace.
        public var allowsNamespace: Bool {
            switch self {
            case .npm, .maven, .generic, .swift: return true
            case .pypi, .nuget, .ruby, .cargo: return false
            }
        }

        /// Whether packages of this format must have a namespace (to be addressed by the
        /// package-level operations).
        public var requiresNamespace: Bool {
            switch self {
            case .maven, .generic, .swift: return true
            case .npm, .pypi, .nuget, .ruby, .cargo: return false
            }
        }
    }
}
