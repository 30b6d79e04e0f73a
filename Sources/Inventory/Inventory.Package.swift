import CodeArtifactModel

extension Inventory {
    /// A package: format, namespace (for formats that have one) and name.
    public struct Package: Sendable, Hashable {
        /// The package format.
        public var format: PackageFormat
        /// The namespace (Maven groupId, npm scope without `@`, Swift scope, generic
        /// namespace); `nil` for formats without one, and never empty.
        public var namespace: String?
        /// The package name.
        public var name: String
        /// The versions (deleted versions are not in an inventory).
        public var versions: [Version]

        /// Creates a package.
        public init(format: PackageFormat, namespace: String? = nil, name: String, versions: [Version] = []) {
            self.format = format
            self.namespace = namespace
            self.name = name
            self.versions = versions
        }

        /// The canonical order: format, then namespace (none first), then name.
        static func canonicalLess(_ a: Package, _ b: Package) -> Bool {
            if a.format != b.format { return UnicodeOrder.less(a.format.rawValue, b.format.rawValue) }
            if a.namespace != b.namespace {
                guard let left = a.namespace else { return true }
                guard let right = b.namespace else { return false }
                return UnicodeOrder.less(left, right)
            }
            return UnicodeOrder.less(a.name, b.name)
        }
    }
}
