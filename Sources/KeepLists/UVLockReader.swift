/// `uv.lock`: every `[[package]]` whose `source` is `{ registry = "…" }`. Git, URL, path,
/// directory, editable and virtual (workspace) sources name no registry version.
enum UVLockReader {
    static func read(_ bytes: [UInt8]) throws(KeepListError) -> KeepListContents {
        let toml = try LockTOML.parse(bytes)
        var entries: [KeepListEntry] = []
        for table in toml.tables where table.header == "package" && table.isArrayElement {
            guard let source = table.values["source"]?.value,
                source.hasPrefix("{"), source.dropFirst().trimmingASCIIWhitespace().hasPrefix("registry")
            else { continue }
            guard let name = table.string("name"), let version = table.string("version") else {
                throw KeepListError("a [[package]] needs 'name' and 'version'", line: table.line, column: 1)
            }
            entries.append(KeepListEntry(format: .pypi, namespace: nil, name: name, version: version, line: table.line))
        }
        return KeepListContents(entries: entries)
    }
}
