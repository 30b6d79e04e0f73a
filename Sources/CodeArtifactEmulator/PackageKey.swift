import CodeArtifactModel
import Inventory

/// A package's identity within a repository. Ordered like the inventory: format, namespace
/// (none first), name, each by Unicode scalars.
struct PackageKey: Sendable, Hashable, Comparable {
    var format: PackageFormat
    var namespace: String?
    var name: String

    static func < (a: PackageKey, b: PackageKey) -> Bool {
        if a.format != b.format { return UnicodeOrder.less(a.format.rawValue, b.format.rawValue) }
        if a.namespace != b.namespace {
            guard let left = a.namespace else { return true }
            guard let right = b.namespace else { return false }
            return UnicodeOrder.less(left, right)
        }
        return UnicodeOrder.less(a.name, b.name)
    }
}
