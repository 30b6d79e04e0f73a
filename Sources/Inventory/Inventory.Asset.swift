extension Inventory {
    /// One file of a package version (a jar, a tarball, a wheel...), as `ListPackageVersionAssets`
    /// names it: what storage a version holds, and so what deleting it frees.
    public struct Asset: Sendable, Hashable {
        /// The file name, e.g. `ui-kit-1.0.0.tgz`.
        public var name: String
        /// The size in bytes.
        public var size: Int64

        /// Creates an asset.
        public init(name: String, size: Int64) {
            self.name = name
            self.size = size
        }
    }
}
