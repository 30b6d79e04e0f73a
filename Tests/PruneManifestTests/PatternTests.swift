import Testing

@testable import PruneManifest

@Suite("Patterns (docs/spec/manifest.md, Precise rules: Patterns)")
struct PatternTests {
    func list(_ entries: [String]) throws -> PatternList { try PatternList(entries) }

    @Test func globWildcards() throws {
        let glob = try GlobPattern("ui-*")
        #expect(glob.matches("ui-kit"))
        #expect(glob.matches("ui-"))
        #expect(!glob.matches("xui-kit"))
        #expect(try GlobPattern("1.?.0").matches("1.2.0"))
        #expect(try !GlobPattern("1.?.0").matches("1.22.0"))
        #expect(try GlobPattern("*-beta*").matches("2.0.0-beta.1"))
        #expect(try GlobPattern("*a*b*c").matches("xxaxxbxxc"))
        #expect(try !GlobPattern("*a*b*c").matches("xxaxxbxxcx"))
    }

    @Test func globMatchesWholeString() throws {
        #expect(try !GlobPattern("beta").matches("1.0-beta"))
        #expect(try GlobPattern("beta").matches("beta"))
    }

    @Test func exactGlobsCompareScalarsAndEqualTheirEscapedSpelling() throws {
        // A glob without wildcards takes a fast path; it must behave as the token form did.
        let composed = try GlobPattern("caf\u{E9}")
        #expect(composed.matches("caf\u{E9}"))
        #expect(!composed.matches("cafe\u{301}"))
        #expect(try GlobPattern("ab") == GlobPattern("a\\b"))
        #expect(try GlobPattern("ab").hashValue == GlobPattern("a\\b").hashValue)
        #expect(try GlobPattern("caf\u{E9}") != GlobPattern("cafe\u{301}"))
        #expect(try GlobPattern("ab") != GlobPattern("a?"))
        #expect(try GlobPattern("a*b").literalValue == nil)
        #expect(try GlobPattern("a\\*b").literalValue == "a*b")
        #expect(try GlobPattern("a\\.b").literalValue == "a.b")
        #expect(try GlobPattern("1.0").literalPrefix == "1.0")
        #expect(composed.matches(Array("caf\u{E9}".unicodeScalars)))
    }

    @Test func classesNegateWithBangOrCaret() throws {
        #expect(try GlobPattern("[abc]x").matches("bx"))
        #expect(try !GlobPattern("[!abc]x").matches("bx"))
        #expect(try GlobPattern("[!abc]x").matches("dx"))
        #expect(try !GlobPattern("[^abc]x").matches("ax"))
        #expect(try GlobPattern("[^abc]x").matches("zx"))
        #expect(try GlobPattern("v[0-9]").matches("v7"))
        #expect(try !GlobPattern("v[0-9]").matches("va"))
        #expect(try GlobPattern("[]]").matches("]"))
        #expect(try GlobPattern("[a-]").matches("-"))
    }

    @Test func backslashEscapesTheNextCharacter() throws {
        #expect(try GlobPattern("1.0\\*").matches("1.0*"))
        #expect(try !GlobPattern("1.0\\*").matches("1.0.1"))
        #expect(try GlobPattern("\\[x\\]").matches("[x]"))
        #expect(try GlobPattern("\\!x").literalValue == "!x")
        #expect(throws: GlobPattern.SyntaxError.self) { try GlobPattern("abc\\") }
        #expect(throws: GlobPattern.SyntaxError.self) { try GlobPattern("[abc") }
        #expect(throws: GlobPattern.SyntaxError.self) { try GlobPattern("[z-a]") }
    }

    @Test func noWildcardMeansExactName() throws {
        let pattern = try NamePattern("2.0.0")
        #expect(pattern.exactName == "2.0.0")
        #expect(pattern.matchesIgnoringExclusion("2.0.0"))
        #expect(!pattern.matchesIgnoringExclusion("2.0.0.1"))
        #expect(try NamePattern("2.*").exactName == nil)
        #expect(try NamePattern("/2.0.0/").exactName == nil)
    }

    @Test func inclusionAndExclusionIgnoreOrder() throws {
        for entries in [["ui-*", "!ui-legacy"], ["!ui-legacy", "ui-*"]] {
            let patterns = try list(entries)
            #expect(patterns.matches("ui-kit"))
            #expect(!patterns.matches("ui-legacy"))
            #expect(!patterns.matches("core"))
        }
    }

    @Test func onlyExclusionsMeansEverythingExcept() throws {
        let patterns = try list(["!*-SNAPSHOT", "!/.*rc\\d+/"])
        #expect(patterns.matches("1.0.0"))
        #expect(!patterns.matches("1.0.0-SNAPSHOT"))
        #expect(!patterns.matches("1.0rc2"))
    }

    @Test func exclusionWorksBeforeGlobsAndRegexes() throws {
        let patterns = try list(["*", "!/1\\..*/", "!2.*"])
        #expect(!patterns.matches("1.5"))
        #expect(!patterns.matches("2.5"))
        #expect(patterns.matches("3.5"))
    }

    @Test func regexMustMatchWholeString() throws {
        let patterns = try list(["/\\d+\\.\\d+/"])
        #expect(patterns.matches("10.2"))
        #expect(!patterns.matches("10.2.3"))
        #expect(!patterns.matches("v10.2"))
        // Alternation is anchored as a whole, not only its first branch.
        let alternation = try list(["/a|ab/"])
        #expect(alternation.matches("ab"))
        #expect(alternation.matches("a"))
    }

    @Test func regexUsesICUSyntax() throws {
        #expect(try list(["/(?i)snapshot-.*/"]).matches("SNAPSHOT-1"))
        #expect(try list(["/(?!1\\.).*/"]).matches("2.0"))
        #expect(try !list(["/(?!1\\.).*/"]).matches("1.0"))
        #expect(try list(["/[[:digit:]]+/"]).matches("123"))
        #expect(try list(["/\\p{L}+/"]).matches("été"))
    }

    @Test func regexLimitsAndErrors() throws {
        let longest = "/" + String(repeating: "a", count: 1_000) + "/"
        #expect(try list([longest]).matches(String(repeating: "a", count: 1_000)))
        let tooLong = "/" + String(repeating: "a", count: 1_001) + "/"
        #expect(throws: PatternError.self) { try PatternList([tooLong]) }
        #expect(throws: PatternError.self) { try PatternList(["/([a-z/"]) }
        #expect(throws: PatternError.self) { try PatternList(["//"]) }
    }

    @Test func matchingIsCaseSensitiveAndNotNormalised() throws {
        #expect(try !list(["ui-kit"]).matches("UI-kit"))
        let composed = "caf\u{E9}"
        let decomposed = "cafe\u{301}"
        #expect(try list([composed]).matches(composed))
        #expect(try !list([composed]).matches(decomposed))
        #expect(try !list(["caf?"]).matches(decomposed))
    }

    @Test func bareBangIsAnError() {
        #expect(throws: PatternError.self) { try PatternList(["!"]) }
    }
}
