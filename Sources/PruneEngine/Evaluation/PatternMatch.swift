import PruneManifest

/// How a pattern list matched one name, found in one pass: the first inclusion and the first
/// exclusion that match it (positions in the list's `inclusions` and `exclusions`).
///
/// The evaluator needs the verdict and the pattern its reason names; `PatternList.matches`
/// followed by a `first(where:)` for the reason, and again for the `keep.latest` pool,
/// matched every version against `select.versions` three times.
struct PatternMatch: Sendable {
    /// The first inclusion that matches.
    var inclusion: Int?
    /// The first exclusion that matches.
    var exclusion: Int?
    /// Included (by a pattern, or because the list has no inclusion) and not excluded.
    var matches: Bool

    init(_ matcher: PatternListMatcher, _ name: String) {
        (inclusion, exclusion) = matcher.firstMatches(name)
        matches = (!matcher.hasInclusions || inclusion != nil) && exclusion == nil
    }

    /// Every version of a package against `matcher`.
    static func all(_ matcher: PatternListMatcher, _ versions: [VersionRecord]) -> [PatternMatch] {
        versions.map { PatternMatch(matcher, $0.version) }
    }
}
