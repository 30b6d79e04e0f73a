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

    init(_ list: PatternList, _ name: String) {
        inclusion = list.inclusions.firstIndex { $0.matchesIgnoringExclusion(name) }
        exclusion = list.exclusions.firstIndex { $0.matchesIgnoringExclusion(name) }
        matches = (list.inclusions.isEmpty || inclusion != nil) && exclusion == nil
    }

    /// Every version of a package against `list`.
    static func all(_ list: PatternList, _ versions: [VersionRecord]) -> [PatternMatch] {
        versions.map { PatternMatch(list, $0.version) }
    }
}
