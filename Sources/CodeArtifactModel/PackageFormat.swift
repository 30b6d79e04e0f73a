/// A CodeArtifact package format, as the API model names it (`PackageFormat`).
///
/// The only definition in prune: the manifest, the inventory, the client and the engine all
/// use it. Adding a format means a case here, its namespace rule below, its version ordering
/// in the engine, and the emulator's generator (docs/architecture.md has the list).
public enum PackageFormat: String, Sendable, Hashable, CaseIterable, Codable {
    case npm, pypi, maven, nuget, generic, ruby, swift, cargo

    /// Whether packages of this format live in namespaces, and must a target name one.
    public var namespaceRule: NamespaceRule {
        switch self {
        case .maven, .swift, .generic: return .required
        case .npm: return .optional
        case .pypi, .nuget, .ruby, .cargo: return .forbidden
        }
    }

    /// Whether packages of this format may have a namespace.
    public var allowsNamespace: Bool { namespaceRule != .forbidden }

    /// Whether packages of this format must have one (to be addressed by the package-level operations).
    public var requiresNamespace: Bool { namespaceRule == .required }

    /// What a format's namespace is called by its own users, for messages.
    public var namespaceMeaning: String {
        switch self {
        case .maven: return "the groupId"
        case .swift: return "the scope"
        case .generic: return "the namespace"
        case .npm: return "the scope, without '@'"
        case .pypi, .nuget, .ruby, .cargo: return "none"
        }
    }

    /// Namespace requirement of a format.
    public enum NamespaceRule: Sendable {
        case required, optional, forbidden
    }
}
