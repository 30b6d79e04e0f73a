import CodeArtifactModel
import Foundation
import PruneManifest

/// The commented, conservative plan `prune init` writes: one target per repository and format
/// present, selecting only pre-releases (or snapshots) older than 30 days, keeping the 10
/// newest of them and anything newer than 30 days, with `maxDeletions` set to exactly what it
/// deletes today so the first `apply` can act on nothing more than was previewed.
public struct StarterPlan: Sendable {
    /// The domain, its owner and region as the user gave them.
    public var domain: String
    public var domainOwner: String?
    public var region: String?
    /// What the domain holds.
    public var repositories: [RepositoryFormats]
    /// The guard: the number of versions this plan deletes today.
    public var maxDeletions: Int

    /// Creates a starter plan.
    public init(
        domain: String, domainOwner: String?, region: String?, repositories: [RepositoryFormats], maxDeletions: Int
    ) {
        self.domain = domain
        self.domainOwner = domainOwner
        self.region = region
        self.repositories = repositories
        self.maxDeletions = maxDeletions
    }

    /// Which versions count as pre-releases in each format, and how to say so in a comment.
    static func selection(for format: PackageFormat) -> (patterns: [String], comment: String) {
        switch format {
        case .maven: return (["*-SNAPSHOT"], "Maven snapshots")
        case .pypi:
            return (["/.*(\\.dev|a|b|rc)[0-9]+.*/"], "PEP 440 dev releases and pre-releases (1.0.dev1, 1.0a1, 1.0rc2)")
        case .ruby: return (["*.pre*", "*.alpha*", "*.beta*", "*.rc*"], "RubyGems pre-releases (1.0.0.pre, 1.0.0.rc1)")
        case .npm, .nuget, .cargo, .swift, .generic:
            return (["*-*"], "pre-releases (a '-' suffix: 1.0.0-beta.1)")
        }
    }

    /// The manifest text.
    public func yaml() -> String {
        var out = """
            # A starter plan written by `prune init` for domain '\(domain)'. It is conservative by
            # construction: each target selects only pre-releases (or snapshots) older than 30 days,
            # keeps the 10 newest of them in every package and anything newer than 30 days, and
            # settings.maxDeletions is exactly what it deletes today, so the first apply acts on
            # nothing more than `prune plan` previews. Widen it one target at a time.
            # `prune validate` checks it; `prune schema` prints its JSON Schema for editors.
            version: 1

            defaults:
              domain: \(Self.quoted(domain))

            """
        if let domainOwner { out += "  domainOwner: \(Self.quoted(domainOwner))\n" }
        if let region { out += "  region: \(Self.quoted(region))\n" }
        out += """

            settings:
              maxDeletions: \(maxDeletions)            # what this plan deletes today; raise it deliberately

            targets:

            """
        for entry in repositories {
            for format in entry.formats {
                let (patterns, comment) = Self.selection(for: format)
                out += "  # \(entry.repository), \(format.rawValue): \(comment)\n"
                out += "  - name: \(Self.quoted("\(entry.repository)-\(format.rawValue)-prereleases"))\n"
                out += "    repository: \(Self.quoted(entry.repository))\n"
                out += "    format: \(format.rawValue)\n"
                if format.namespaceRule == .required { out += "    namespace: \"*\"               # every namespace\n" }
                out += "    select:\n"
                out += "      versions: [\(patterns.map(Self.quoted).joined(separator: ", "))]\n"
                out += "      olderThan: 30d\n"
                out += "    keep:\n"
                out += "      latest: 10                   # the 10 newest pre-releases of each package stay\n"
                out += "      newerThan: 30d\n"
                out += "    action: delete\n"
            }
        }
        return out
    }

    /// A YAML double-quoted scalar (names may hold characters YAML gives meaning to).
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
