/// `poetry.lock`: every `[[package]]` with its `name` and `version`. A `[package.source]`
/// of type `git`, `url`, `file` or `directory` names no registry version; `legacy` (a
/// private index, such as CodeArtifact) and no source (PyPI) count.
enum PoetryLockReader {
    static func read(_ bytes: [UInt8]) throws(KeepListError) -> KeepListContents {
        let toml = try LockTOML.parse(bytes)
        var packages: [(table: LockTOML.Table, sourceType: String?)] = []
        for table in toml.tables {
            if table.header == "package" && table.isArrayElement {
                packages.append((table, nil))
            } else if table.header == "package.source", !packages.isEmpty {
                packages[packages.count - 1].sourceType = table.string("type")
            }
        }
        var entries: [KeepListEntry] = []
        for (table, sourceType) in packages {
            if let sourceType, ["git", "url", "file", "directory"].contains(sourceType) { continue }
            guard let name = table.string("name"), let version = table.string("version") else {
                throw KeepListError("a [[package]] needs 'name' and 'version'", line: table.line, column: 1)
            }
            entries.append(KeepListEntry(format: .pypi, namespace: nil, name: name, version: version, line: table.line))
        }
        return KeepListContents(entries: entries)
    }
}
