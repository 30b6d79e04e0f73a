import Testing

@testable import PruneManifest

/// The byte-level shapes (`lit*`, `*lit`, `*lit*`, `*[...]`) and the ASCII walk must answer
/// as the general scalar walk does, for ASCII and non-ASCII names alike.
@Suite("Glob shapes")
struct GlobShapeTests {
    static let globs = [
        "*", "**", "1.*", "*-SNAPSHOT", "*-*", "*.dev*", "*[0-9]", "*[!0-9]", "caf\u{E9}*", "*\u{E9}", "*\u{1F680}*",
        "*a*b*c", "1.?.0", "[0-9]*", "*\\*", "a*", "*a", "*ab*",
    ]
    static let names = [
        "", "1", "1.0", "1.0.0", "1.2.3-beta.1", "2.0-SNAPSHOT", "0.1.dev3", "café", "cafe\u{301}", "x\u{E9}",
        "a\u{1F680}b", "xxaxxbxxc", "1.2.0", "*", "ab", "ba", "aab", "-", "SNAPSHOT", "-SNAPSHOT", "é1",
    ]

    @Test(arguments: globs)
    func shapesAnswerAsTheGeneralWalk(_ text: String) throws {
        let glob = try GlobPattern(text)
        for name in Self.names {
            #expect(
                glob.matches(name) == glob.matches(Array(name.unicodeScalars)), "'\(text)' against '\(name)'")
        }
    }

    @Test func theCommonGlobsHaveTheirShapes() throws {
        func shape(_ text: String) throws -> String { "\(try GlobPattern(text).shape)" }
        #expect(try shape("1.*").hasPrefix("prefix"))
        #expect(try shape("*-SNAPSHOT").hasPrefix("suffix"))
        #expect(try shape("*.dev*").hasPrefix("contains"))
        #expect(try shape("*[0-9]").hasPrefix("lastIn"))
        #expect(try shape("*a*b") == "general")
        #expect(try shape("1.?.0") == "general")
    }
}
