/// Reads one YAML mapping of the manifest: looks keys up and reports unknown ones.
struct MappingReader {
    /// Words for messages: "select", "settings", "target 'npm-prereleases'".
    let context: String
    /// Where the mapping starts (missing keys are reported here).
    let location: SourceLocation
    let entries: [YAMLMappingEntry]

    /// The value for `key`, if present.
    subscript(key: String) -> YAMLNode? {
        entries.first { $0.key == key }?.value
    }

    /// The entry for `key`, if present.
    func entry(_ key: String) -> YAMLMappingEntry? {
        entries.first { $0.key == key }
    }

    /// An error at each key not in `allowed`, with a suggestion when one is close.
    func unknownKeys(allowed: [String]) -> [Diagnostic] {
        entries.filter { !allowed.contains($0.key) }.map { entry in
            .error(
                "unknown key '\(entry.key)' in \(context)\(Suggestion.hint(for: entry.key, among: allowed))",
                at: entry.keyLocation)
        }
    }
}
