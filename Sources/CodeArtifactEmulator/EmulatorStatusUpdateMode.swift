/// How UpdatePackageVersionsStatus treats a request in which some versions fail.
public enum EmulatorStatusUpdateMode: String, Sendable, Hashable, CaseIterable {
    /// Each version on its own (the default): the others still change.
    case perVersion = "per-version"
    /// One failure and nothing changes; the other versions come back `SKIPPED`, as the user
    /// guide describes.
    case allOrNothing = "all-or-nothing"
}
