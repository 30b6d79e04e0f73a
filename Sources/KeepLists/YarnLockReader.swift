import Foundation

/// `yarn.lock`, classic (v1, its own format) and Berry (v2+, YAML with `__metadata`).
///
/// Classic: each block's descriptors (`"a@^1.0.0", a@^1.1.0:`) share one `version`; an
/// alias `alias@npm:real@range` protects `real`; `file:`, `link:`, git and URL sources are
/// skipped. Berry: each block's `resolution: "name@npm:1.2.3"` counts; `workspace:`,
/// `link:`, `portal:`, `file:`, `patch:` and git resolutions do not.
enum YarnLockReader {
    static func read(_ bytes: [UInt8]) throws(KeepListError) -> KeepListContents {
        let text = String(decoding: bytes, as: UTF8.self)
        if text.contains("\n__metadata:") || text.hasPrefix("__metadata:") { return try readBerry(bytes) }
        return try readClassic(text)
    }

    private static func readBerry(_ bytes: [UInt8]) throws(KeepListError) -> KeepListContents {
        let root = try YAMLLockDocument.load(bytes)
        var entries: [KeepListEntry] = []
        for entry in YAMLLockDocument.entries(root) where entry.key != "__metadata" {
            guard let resolution = YAMLLockDocument.string(entry.value, "resolution"),
                let marker = resolution.range(of: "@npm:"), marker.lowerBound != resolution.startIndex
            else { continue }
            let name = String(resolution[..<marker.lowerBound])
            let version = String(resolution[marker.upperBound...])
            guard let first = version.first, first.isNumber else { continue }
            entries.append(NPMName.entry(name, version: version, line: entry.keyLocation.line))
        }
        return KeepListContents(entries: entries)
    }

    private static func readClassic(_ text: String) throws(KeepListError) -> KeepListContents {
        var entries: [KeepListEntry] = []
        var block: (descriptor: String, line: Int)?
        var version: String?
        var resolved: String?
        func finish() {
            defer { (block, version, resolved) = (nil, nil, nil) }
            guard let block, let version else { return }
            if let resolved, NPMName.isNonRegistry(resolved) { return }
            guard let (name, range) = descriptor(block.descriptor) else { return }
            if NPMName.isNonRegistry(range) { return }
            var real = name
            if range.hasPrefix("npm:") {
                let spec = range.dropFirst(4)
                if let at = spec.lastIndex(of: "@"), at != spec.startIndex { real = String(spec[..<at]) }
            }
            entries.append(NPMName.entry(real, version: version, line: block.line))
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (offset, raw) in lines.enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.trimmingASCIIWhitespace().isEmpty || line.hasPrefix("#") { continue }
            if !line.hasPrefix(" ") {
                finish()
                guard line.hasSuffix(":") else {
                    throw KeepListError("expected a block header ending in ':'", line: offset + 1, column: 1)
                }
                let first = line.dropLast().split(separator: ",").first.map { $0.trimmingASCIIWhitespace() } ?? ""
                block = (unquote(first), offset + 1)
                continue
            }
            guard line.hasPrefix("  "), !line.hasPrefix("   ") else { continue }
            let field = line.dropFirst(2)
            if field.hasPrefix("version ") {
                version = unquote(field.dropFirst(8).trimmingASCIIWhitespace())
            } else if field.hasPrefix("resolved ") {
                resolved = unquote(field.dropFirst(9).trimmingASCIIWhitespace())
            }
        }
        finish()
        return KeepListContents(entries: entries)
    }

    /// `"@scope/name@^1.0.0"` → (`@scope/name`, `^1.0.0`).
    static func descriptor(_ text: String) -> (String, String)? {
        let searchStart = text.hasPrefix("@") ? text.index(after: text.startIndex) : text.startIndex
        guard let at = text[searchStart...].firstIndex(of: "@") else { return nil }
        return (String(text[..<at]), String(text[text.index(after: at)...]))
    }

    static func unquote(_ text: Substring) -> String {
        if text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") { return String(text.dropFirst().dropLast()) }
        return String(text)
    }
}
