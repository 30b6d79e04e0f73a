/// One dot-separated prerelease identifier of a SemVer version.
enum SemVerIdentifier: Sendable, Hashable {
    /// Digits only: compared numerically, always below alphanumeric identifiers (semver.org §11.4).
    case numeric(VersionNumber)
    /// Compared in ASCII order (`R2` < `r100`), as node-semver and the spec do.
    case alphanumeric(String)

    static func compare(_ lhs: SemVerIdentifier, _ rhs: SemVerIdentifier) -> Ordering {
        switch (lhs, rhs) {
        case (.numeric(let a), .numeric(let b)): return Ordering.of(a, b)
        case (.numeric, .alphanumeric): return .less
        case (.alphanumeric, .numeric): return .greater
        case (.alphanumeric(let a), .alphanumeric(let b)): return Ordering.ofBytes(a.utf8, b.utf8)
        }
    }
}
