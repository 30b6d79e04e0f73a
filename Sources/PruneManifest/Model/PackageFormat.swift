/// A CodeArtifact package format, as the API names it.
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
