/// NuGet `packages.lock.json`: `dependencies` per target framework, each package's
/// `resolved` version. `Project` entries (other projects of the solution) name no package version.
enum NuGetLockReader {
    static func read(_ bytes: [UInt8]) throws(KeepListError) -> KeepListContents {
        let root = try JSONReader.parse(bytes)
        guard let frameworks = root["dependencies"] else {
            throw KeepListError("not a NuGet lock file: no 'dependencies'", line: root.line, column: root.column)
        }
        var entries: [KeepListEntry] = []
        for framework in frameworks.members {
            for member in framework.value.members {
                if member.value["type"]?.string == "Project" { continue }
                guard let resolved = member.value["resolved"]?.string else { continue }
                entries.append(
                    KeepListEntry(
                        format: .nuget, namespace: nil, name: member.key, version: resolved, line: member.line))
            }
        }
        return KeepListContents(entries: entries)
    }
}
