import Testing

@testable import PruneManifest

/// docs/spec/manifest.md, "Repository patterns": `repository` takes the syntax of `packages`, and
/// validation still rejects what can never name a repository, at the entry's line and column.
@Suite("Repository patterns in the manifest")
struct RepositoryPatternRulesTests {
    typealias T = TestSupport

    static func plan(repository: String) -> String {
        T.plan(target: "    domain: acme\n    repository: \(repository)\n    format: npm\n    keep: {latest: 1}")
    }

    static func repository(_ yaml: String) throws -> PatternList {
        try #require(T.parse(yaml).manifest?.targets.first).repository
    }

    @Test func exactNameStaysExact() throws {
        let list = try Self.repository(Self.plan(repository: "npm-store"))
        #expect(list.exactInclusions == ["npm-store"])
        #expect(list.matches("npm-store") && !list.matches("npm-store2"))
    }

    @Test func globsListsRegexesAndExclusionsAreAccepted() throws {
        let list = try Self.repository(Self.plan(repository: #"["team-*", "/npm-(a|b)/", "!team-legacy"]"#))
        #expect(list.inclusions.count == 2 && list.exclusions.count == 1)
        #expect(list.matches("team-web") && list.matches("npm-a"))
        #expect(!list.matches("team-legacy") && !list.matches("npm-c") && !list.matches("other"))
        let exceptOne = try Self.repository(Self.plan(repository: "\"!scratch\""))
        #expect(exceptOne.matches("anything") && !exceptOne.matches("scratch"))
    }

    @Test func inheritedFromDefaults() throws {
        let yaml = T.plan(
            target: "    domain: acme\n    format: npm\n    keep: {latest: 1}", defaults: "  repository: \"npm-*\"")
        #expect(try Self.repository(yaml).matches("npm-store"))
    }

    @Test func oldMistakesAreStillErrorsAtTheEntry() {
        // Line 5 is `repository:`; a flow list's entries have their own columns.
        #expect(
            T.errors(Self.plan(repository: "x")) == [
                "5:17: 'x' is not a valid repository name (2 to 100 characters: letters, digits, '.', '_' and '-', starting with a letter or digit)"
            ])
        #expect(
            T.errors(Self.plan(repository: "\"npm store\""))
                == [
                    "5:17: 'npm store' is not a valid repository name (2 to 100 characters: letters, digits, '.', '_' and '-', starting with a letter or digit)"
                ])
        #expect(
            T.errors(Self.plan(repository: #"["ok-*", "team *"]"#)) == [
                "5:26: 'team *' can never match: a repository name never contains whitespace (only letters, digits, '.', '_' and '-'); for a regular expression write /.../"
            ])
        #expect(
            T.errors(Self.plan(repository: #""npm/*""#)) == [
                "5:17: 'npm/*' can never match: a repository name never contains '/' (only letters, digits, '.', '_' and '-'); for a regular expression write /.../"
            ])
        #expect(
            T.errors(Self.plan(repository: #""!npm#*""#)) == [
                "5:17: '!npm#*' can never match: a repository name never contains '#' (only letters, digits, '.', '_' and '-'); for a regular expression write /.../"
            ])
        let long = String(repeating: "a", count: 101)
        #expect(
            T.errors(Self.plan(repository: "\"\(long)*\"")) == [
                "5:17: '\(long)*' can never match: a repository name is at most 100 characters"
            ])
        #expect(
            T.errors(Self.plan(repository: "\(long)")) == [
                "5:17: '\(long)' is not a valid repository name (2 to 100 characters: letters, digits, '.', '_' and '-', starting with a letter or digit)"
            ])
    }

    @Test func syntaxErrorsAndEmptyListsAreErrors() {
        #expect(
            T.errors(Self.plan(repository: #""npm-[a""#)).first?.hasPrefix("5:17: in 'repository': invalid glob")
                == true)
        #expect(T.errors(Self.plan(repository: #""/npm-(/""#)).first?.hasPrefix("5:17: in 'repository':") == true)
        #expect(
            T.errors(Self.plan(repository: "[]")) == [
                "5:17: 'repository' is an empty list; name a repository, or a pattern such as \"npm-*\""
            ])
    }
}
