import CodeArtifactModel
import Foundation

/// The inventory file: the state of one or more CodeArtifact repositories as JSON.
///
/// One format serves three uses: the output of `prune inventory`, the offline input of
/// `prune plan --inventory`, and the seed (and state dump) of the emulator. Unknown keys are
/// ignored when reading, so the format can grow; writing is deterministic (sorted keys and
/// sorted arrays), so two dumps of the same state are byte-identical.
public struct Inventory: Sendable, Hashable {
    /// The only version of the format that exists.
    public static let currentVersion = 1

    /// The format version; always ``currentVersion`` once decoded.
    public var inventoryVersion: Int
    /// The domains, each with its repositories.
    public var domains: [Domain]

    /// Creates an inventory.
    public init(inventoryVersion: Int = Inventory.currentVersion, domains: [Domain] = []) {
        self.inventoryVersion = inventoryVersion
        self.domains = domains
    }

    /// The number of package versions in every domain and repository.
    public var versionCount: Int {
        domains.reduce(0) { total, domain in
            domain.repositories.reduce(total) { total, repository in
                repository.packages.reduce(total) { $0 + $1.versions.count }
            }
        }
    }

    /// A copy with domains, repositories, packages and versions in the canonical order the
    /// writer uses: by name (domains by name then owner), packages by format, namespace and
    /// name, versions by version string, each compared by Unicode scalars.
    public func sorted() -> Inventory {
        var copy = self
        copy.domains = domains.map { domain in
            var domain = domain
            domain.repositories = domain.repositories.map { repository in
                var repository = repository
                repository.packages = repository.packages.map { package in
                    var package = package
                    package.versions.sort { UnicodeOrder.less($0.version, $1.version) }
                    return package
                }
                repository.packages.sort(by: Package.canonicalLess)
                return repository
            }
            domain.repositories.sort { UnicodeOrder.less($0.name, $1.name) }
            return domain
        }
        copy.domains.sort { a, b in
            a.name != b.name ? UnicodeOrder.less(a.name, b.name) : UnicodeOrder.less(a.owner ?? "", b.owner ?? "")
        }
        return copy
    }
}
