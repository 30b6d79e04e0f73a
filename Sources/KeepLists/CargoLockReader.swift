/// `Cargo.lock`: every `[[package]]` whose `source` is a registry (`registry+…`,
/// `sparse+…`). Git sources, and packages with no source (the workspace's own crates and
/// path dependencies), name no registry version.
enum CargoLockReader {
    static func read(_ bytes: [UInt8]) throws(KeepListError) -> KeepListContents {
        let toml = try LockTOML.parse(bytes)
        var entries: [KeepListEntry] = []
        for table in toml.tables where table.header == "package" && table.isArrayElement {
            guard let source = table.string("source"), source.hasPrefix("registry+") || source.hasPrefix("sparse+")
            else { continue }
            guard let name = table.string("name"), let version = table.string("version") else {
                throw KeepListError("a [[package]] needs 'name' and 'version'", line: table.line, column: 1)
            }
            entries.append(
                KeepListEntry(format: .cargo, namespace: nil, name: name, version: version, line: table.line))
        }
        return KeepListContents(entries: entries)
    }
}
