import Foundation

/// npm `package-lock.json` and `npm-shrinkwrap.json`, lockfile versions 1, 2 and 3.
///
/// Versions 2 and 3 list every installed package under `packages` (keys
/// `node_modules/…`); version 1 nests `dependencies`. Aliases (`npm:real@1.2.3`, or a
/// `name` field) protect the real package; links, workspaces, git, path and URL sources
/// name no registry version.
enum PackageLockReader {
    static func read(_ bytes: [UInt8]) throws(KeepListError) -> KeepListContents {
        let root = try JSONReader.parse(bytes)
        guard case .object = root.value else {
            throw KeepListError("a package-lock must be a JSON object", line: root.line, column: root.column)
        }
        var entries: [KeepListEntry] = []
        if let packages = root["packages"] {
            for member in packages.members {
                guard let range = member.key.range(of: "node_modules/", options: .backwards) else { continue }
                let package = member.value
                if case .bool(true) = package["link"]?.value { continue }
                guard let version = package["version"]?.string else { continue }
                if let resolved = package["resolved"]?.string, NPMName.isNonRegistry(resolved) { continue }
                if NPMName.isNonRegistry(version) { continue }
                let name = package["name"]?.string ?? String(member.key[range.upperBound...])
                entries.append(NPMName.entry(name, version: version, line: member.line))
            }
        } else if let dependencies = root["dependencies"] {
            collectVersion1(dependencies, into: &entries)
        } else if root["lockfileVersion"] == nil {
            throw KeepListError(
                "not a package-lock: no 'lockfileVersion', 'packages' or 'dependencies'", line: root.line,
                column: root.column)
        }
        return KeepListContents(entries: entries)
    }

    private static func collectVersion1(_ dependencies: JSONValue.Located, into entries: inout [KeepListEntry]) {
        for member in dependencies.members {
            let package = member.value
            if let nested = package["dependencies"] { collectVersion1(nested, into: &entries) }
            guard let version = package["version"]?.string else { continue }
            if let resolved = package["resolved"]?.string, NPMName.isNonRegistry(resolved) { continue }
            if version.hasPrefix("npm:") {
                // An alias: `npm:real-name@1.2.3` (the real name may be scoped).
                let spec = version.dropFirst(4)
                guard let at = spec.lastIndex(of: "@"), at != spec.startIndex else { continue }
                entries.append(
                    NPMName.entry(
                        String(spec[..<at]), version: String(spec[spec.index(after: at)...]), line: member.line))
                continue
            }
            if NPMName.isNonRegistry(version) { continue }
            entries.append(NPMName.entry(member.key, version: version, line: member.line))
        }
    }
}
