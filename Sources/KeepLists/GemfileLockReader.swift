/// Bundler's `Gemfile.lock`: the `specs:` of each `GEM` section (`    name (version)`,
/// four spaces deep; a platform suffix such as `-x86_64-linux` is not part of the version).
/// `GIT` and `PATH` sections name no registry version.
enum GemfileLockReader {
    static func read(_ bytes: [UInt8]) throws(KeepListError) -> KeepListContents {
        var entries: [KeepListEntry] = []
        var inGem = false
        var sawSection = false
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for (offset, raw) in lines.enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if let first = line.first, first != " " {
                inGem = line == "GEM"
                sawSection = true
                continue
            }
            guard inGem, line.hasPrefix("    "), !line.hasPrefix("     ") else { continue }
            let spec = line.dropFirst(4)
            guard let open = spec.firstIndex(of: "("), spec.hasSuffix(")") else {
                throw KeepListError("expected 'name (version)'", line: offset + 1, column: 5)
            }
            let name = spec[..<open].trimmingASCIIWhitespace()
            var version = spec[spec.index(after: open)..<spec.index(before: spec.endIndex)]
            if let dash = version.firstIndex(of: "-") { version = version[..<dash] }
            entries.append(
                KeepListEntry(
                    format: .ruby, namespace: nil, name: String(name), version: String(version), line: offset + 1))
        }
        if !sawSection && !bytes.isEmpty {
            throw KeepListError("not a Gemfile.lock: no GEM, GIT or PATH section", line: 1, column: 1)
        }
        return KeepListContents(entries: entries)
    }
}
