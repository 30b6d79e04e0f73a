/// `pnpm-lock.yaml` (lockfile versions 5 to 9): the keys of `packages` (`/name/1.2.3`,
/// `/name@1.2.3(peer@1)`, `name@1.2.3`). Tarballs at arbitrary URLs, git and directory
/// resolutions, and `file:`/`link:` keys name no registry version.
enum PnpmLockReader {
    static func read(_ bytes: [UInt8]) throws(KeepListError) -> KeepListContents {
        let root = try YAMLLockDocument.load(bytes)
        guard let lockfileVersion = YAMLLockDocument.string(root, "lockfileVersion") else {
            throw KeepListError(
                "not a pnpm lockfile: no 'lockfileVersion'", line: root.location.line, column: root.location.column)
        }
        let slashSeparated = (Double(lockfileVersion) ?? 9) < 6
        var entries: [KeepListEntry] = []
        for entry in YAMLLockDocument.entries(YAMLLockDocument.value(root, "packages")) {
            let resolution = YAMLLockDocument.value(entry.value, "resolution")
            if let tarball = YAMLLockDocument.string(resolution, "tarball"), NPMName.isNonRegistry(tarball) { continue }
            if YAMLLockDocument.string(resolution, "type") == "git"
                || YAMLLockDocument.string(resolution, "directory") != nil
            {
                continue
            }
            guard let (name, version) = split(entry.key, slashSeparated: slashSeparated) else { continue }
            entries.append(NPMName.entry(name, version: version, line: entry.keyLocation.line))
        }
        return KeepListContents(entries: entries)
    }

    /// Name and version of a `packages` key; nil when it names no registry version.
    static func split(_ key: String, slashSeparated: Bool) -> (String, String)? {
        var text = Substring(key)
        if text.hasPrefix("/") { text = text.dropFirst() }
        if let paren = text.firstIndex(of: "(") { text = text[..<paren] }
        let separator: Character = slashSeparated ? "/" : "@"
        guard let at = text.lastIndex(of: separator), at != text.startIndex else { return nil }
        let name = String(text[..<at])
        var version = text[text.index(after: at)...]
        if slashSeparated, let underscore = version.firstIndex(of: "_") { version = version[..<underscore] }
        // A registry version starts with a digit; file:, link:, URLs and git hosts do not.
        guard let first = version.first, first.isNumber, !version.contains(":") else { return nil }
        return (name, String(version))
    }
}
