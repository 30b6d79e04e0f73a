/// `Pipfile.lock`: the `default` and `develop` sections, `"name": {"version": "==1.2.3"}`.
/// Entries without a `version` pin (git, path, editable) name no registry version.
enum PipfileLockReader {
    static func read(_ bytes: [UInt8]) throws(KeepListError) -> KeepListContents {
        let root = try JSONReader.parse(bytes)
        guard root["_meta"] != nil || root["default"] != nil else {
            throw KeepListError("not a Pipfile.lock: no '_meta' or 'default'", line: root.line, column: root.column)
        }
        var entries: [KeepListEntry] = []
        for section in ["default", "develop"] {
            for member in root[section]?.members ?? [] {
                guard let pin = member.value["version"]?.string, pin.hasPrefix("==") else { continue }
                let version = pin.hasPrefix("===") ? pin.dropFirst(3) : pin.dropFirst(2)
                entries.append(
                    KeepListEntry(
                        format: .pypi, namespace: nil, name: member.key, version: String(version), line: member.line))
            }
        }
        return KeepListContents(entries: entries)
    }
}
