/// `select.origin`: which origin a version must have to be a candidate.
public enum OriginFilter: String, Sendable, Hashable, CaseIterable {
    /// Only versions published into this domain (`INTERNAL`).
    case `internal`
    /// Only versions pulled from an upstream (`EXTERNAL`).
    case external
    /// Every version, `UNKNOWN` origin included (the default).
    case any
}
