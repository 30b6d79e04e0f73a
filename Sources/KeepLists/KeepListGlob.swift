import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Expands a `keep.listedIn` path or glob against a directory: `*`, `?` and `[...]` stay
/// within one path component, `**` matches any number of directories (none included).
enum KeepListGlob {
    /// Matching paths as relative (or absolute, if the pattern is) paths, sorted; regular files only.
    static func expand(_ pattern: String, in directory: String) -> [String] {
        let absolute = pattern.hasPrefix("/")
        let components = pattern.split(separator: "/").map(String.init).filter { $0 != "." }
        var results: [String] = []
        walk(components[...], base: absolute ? "/" : directory, shown: absolute ? "/" : "", into: &results)
        return Array(Set(results)).sorted()
    }

    static func hasWildcard(_ pattern: String) -> Bool {
        pattern.contains { $0 == "*" || $0 == "?" || $0 == "[" }
    }

    private static func walk(
        _ components: ArraySlice<String>, base: String, shown: String, into results: inout [String]
    ) {
        guard let first = components.first else {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: base, isDirectory: &isDirectory), !isDirectory.boolValue {
                results.append(shown)
            }
            return
        }
        let rest = components.dropFirst()
        if first == "**" {
            walk(rest, base: base, shown: shown, into: &results)
            // `**` does not follow symbolic links to directories: a link loop would never end.
            for child in children(of: base) where isDirectory(join(base, child)) && !isSymbolicLink(join(base, child)) {
                walk(components, base: join(base, child), shown: join(shown, child), into: &results)
            }
            return
        }
        if !hasWildcard(first) {
            walk(rest, base: join(base, first), shown: join(shown, first), into: &results)
            return
        }
        for child in children(of: base) where fnmatch(first, child, 0) == 0 {
            walk(rest, base: join(base, child), shown: join(shown, child), into: &results)
        }
    }

    private static func children(of directory: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
    }

    private static func isSymbolicLink(_ path: String) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeSymbolicLink
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    static func join(_ base: String, _ child: String) -> String {
        if base.isEmpty { return child }
        return base.hasSuffix("/") ? base + child : base + "/" + child
    }
}
