/// One entry of a pattern list: a glob or `/regex/`, optionally negated with a leading `!`.
public struct NamePattern: Sendable, Hashable, CustomStringConvertible {
    /// How the entry matches.
    public enum Matcher: Sendable, Hashable {
        /// A glob; one without wildcards is an exact name.
        case glob(GlobPattern)
        /// A whole-string ICU regular expression.
        case regex(AnchoredRegex)
    }

    /// The entry as written, `!` included.
    public let source: String
    /// True for `!…` entries, which exclude.
    public let isExclusion: Bool
    /// The compiled matcher.
    public let matcher: Matcher

    /// Parses one entry: `!` excludes, `/…/` is a regular expression, anything else a glob.
    public init(_ source: String) throws(PatternError) {
        self.source = source
        var body = Substring(source)
        isExclusion = body.first == "!"
        if isExclusion { body = body.dropFirst() }
        guard !body.isEmpty else {
            throw PatternError(
                message: isExclusion ? "'!' excludes nothing; write '!NAME'" : "empty pattern matches nothing")
        }
        // The byte test first: a body that does not start with '/' is a glob, and counting
        // its characters (grapheme breaking) for every listed version is not free.
        if body.utf8.first == UInt8(ascii: "/"), body.count >= 2, body.first == "/", body.last == "/" {
            matcher = .regex(try AnchoredRegex(String(body.dropFirst().dropLast())))
        } else {
            do {
                matcher = .glob(try GlobPattern(String(body)))
            } catch {
                throw PatternError(message: "invalid glob '\(body)': \(error.message)")
            }
        }
    }

    /// True when `text` matches the pattern (ignoring `!`).
    public func matchesIgnoringExclusion(_ text: String) -> Bool {
        switch matcher {
        case .glob(let glob): return glob.matches(text)
        case .regex(let regex): return regex.matches(text)
        }
    }

    /// The exact name, for an entry without wildcards that is not a regular expression.
    public var exactName: String? {
        if case .glob(let glob) = matcher { return glob.literalValue }
        return nil
    }

    /// The entry as written.
    public var description: String { source }
}
