/// A list of patterns: a name matches when it matches at least one inclusion (or the list
/// has none) and no exclusion. Order does not matter.
public struct PatternList: Sendable, Hashable, CustomStringConvertible {
    /// The inclusions.
    public let inclusions: [NamePattern]
    /// The `!` exclusions.
    public let exclusions: [NamePattern]
    /// Every entry in the order written.
    public let entries: [NamePattern]

    /// Splits entries into inclusions and exclusions.
    public init(_ patterns: [NamePattern]) {
        entries = patterns
        inclusions = patterns.filter { !$0.isExclusion }
        exclusions = patterns.filter(\.isExclusion)
    }

    /// Parses each string; throws the first error.
    public init(_ sources: [String]) throws(PatternError) {
        var patterns: [NamePattern] = []
        for source in sources { patterns.append(try NamePattern(source)) }
        self.init(patterns)
    }

    /// A list that matches everything.
    public static let everything = PatternList([NamePattern]())

    /// True when `name` is included and not excluded.
    public func matches(_ name: String) -> Bool {
        (inclusions.isEmpty || inclusions.contains { $0.matchesIgnoringExclusion(name) })
            && !exclusions.contains { $0.matchesIgnoringExclusion(name) }
    }

    /// The exact names among the inclusions (for "matched nothing" warnings).
    public var exactInclusions: [String] { inclusions.compactMap(\.exactName) }

    /// As written, comma separated.
    public var description: String { entries.map(\.source).joined(separator: ", ") }
}
