/// npm package names: `@scope/name` is namespace `scope`, name `name`.
enum NPMName {
    static func split(_ fullName: String) -> (namespace: String?, name: String) {
        if fullName.hasPrefix("@"), let slash = fullName.firstIndex(of: "/") {
            return (
                String(fullName[fullName.index(after: fullName.startIndex)..<slash]),
                String(fullName[fullName.index(after: slash)...])
            )
        }
        return (nil, fullName)
    }

    static func entry(_ fullName: String, version: String, line: Int) -> KeepListEntry {
        let (namespace, name) = split(fullName)
        return KeepListEntry(format: .npm, namespace: namespace, name: name, version: version, line: line)
    }

    /// True when an npm `resolved`/version spec names something other than a registry tarball:
    /// git, a local path, a link, or a tarball at an arbitrary URL.
    static func isNonRegistry(_ spec: String) -> Bool {
        let lower = spec.lowercased()
        for prefix in [
            "git+", "git:", "git@", "github:", "gitlab:", "bitbucket:", "gist:", "file:", "link:", "workspace:",
            "portal:", "patch:",
        ]
        where lower.hasPrefix(prefix) {
            return true
        }
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
            // Registry tarballs live at .../NAME/-/NAME-VERSION.tgz (CodeArtifact's too).
            return !lower.contains("/-/")
        }
        return false
    }
}
