import CodeArtifactModel

/// `repository`: an exact name, as it always was, or patterns matched against the names of
/// the domain's repositories (docs/spec/manifest.md, "Repository patterns").
extension ManifestDecoder {
    /// Compiles the `repository` entries; nil (with errors reported) when one is wrong.
    mutating func repositoryPatterns(_ entries: [Located<String>]) -> PatternList? {
        patternList(entries, key: "repository", problem: Self.repositoryProblem)
    }

    /// Why a `repository` entry is wrong, if it is. An exact name must be a valid repository
    /// name (with the message exact names always had); a glob whose literal characters no
    /// repository name can hold, or that needs more characters than a name has, could only
    /// ever match nothing, which a plan must not do silently. Regular expressions are the
    /// user's own (their syntax is checked when compiled).
    static func repositoryProblem(_ pattern: NamePattern) -> String? {
        guard case .glob(let glob) = pattern.matcher else { return nil }
        if let exact = glob.literalValue {
            guard !NameRules.isRepositoryName(exact) else { return nil }
            return
                "'\(exact)' is not a valid repository name (2 to 100 characters: letters, digits, '.', '_' and '-', starting with a letter or digit)"
        }
        let literals = glob.literalScalars
        if let bad = literals.first(where: { !NameRules.isRepositoryNameScalar($0) }) {
            let shown = bad.properties.isWhitespace ? "whitespace" : "'\(bad)'"
            return
                "'\(pattern.source)' can never match: a repository name never contains \(shown) (only letters, digits, '.', '_' and '-'); for a regular expression write /.../"
        }
        if literals.count > NameRules.maximumRepositoryNameLength {
            return
                "'\(pattern.source)' can never match: a repository name is at most \(NameRules.maximumRepositoryNameLength) characters"
        }
        return nil
    }
}
