import Testing

@testable import PruneManifest

/// A compiled `PatternListMatcher` must find the same first inclusion and first exclusion as
/// the list's own patterns, for every shape it compiles to bytes and those it leaves to them.
@Suite("Pattern list matcher")
struct PatternListMatcherTests {
    static let lists: [[String]] = [
        [],
        ["*-*", "*SNAPSHOT*", "*.dev*", "*[0-9]"],
        ["1.*", "!1.0.*"],
        ["!1.0.*"],
        ["1.0.0", "ab", "caf\u{E9}", "", "!cafe\u{301}"].filter { !$0.isEmpty },
        ["/.*[-.](alpha|beta|rc|dev|SNAPSHOT).*/", "!/1\\..*/", "*[!0-9]"],
        GlobShapeTests.globs,
        GlobShapeTests.globs.map { "!" + $0 },
    ]

    @Test(arguments: lists)
    func findsWhatTheListsPatternsFind(_ sources: [String]) throws {
        let list = try PatternList(sources)
        let matcher = PatternListMatcher(list)
        #expect(matcher.hasInclusions == !list.inclusions.isEmpty)
        for name in GlobShapeTests.names + ["1.0.0-rc.1", "2.1.0.dev", "1.0", "x\u{E9}9", "9\u{E9}"] {
            let found = matcher.firstMatches(name)
            #expect(found.inclusion == list.inclusions.firstIndex { $0.matchesIgnoringExclusion(name) }, "\(name)")
            #expect(found.exclusion == list.exclusions.firstIndex { $0.matchesIgnoringExclusion(name) }, "\(name)")
        }
    }
}
