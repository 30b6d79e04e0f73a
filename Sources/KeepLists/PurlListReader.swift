/// A plain list of Package URLs (`*.purls`, `*.purl.txt`): one per line, `#` comments.
/// Written by hand, so a line that is not a purl with a version is an error, not skipped.
enum PurlListReader {
    static func read(_ bytes: [UInt8]) throws(KeepListError) -> KeepListContents {
        var entries: [KeepListEntry] = []
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for (offset, raw) in lines.enumerated() {
            var line = raw.trimmingASCIIWhitespace()
            if let hash = line.firstIndex(of: "#"), line.hasPrefix("#") || line[line.index(before: hash)] == " " {
                line = line[..<hash].trimmingASCIIWhitespace()
            }
            if line.isEmpty { continue }
            guard let purl = PackageURL(String(line)) else {
                throw KeepListError(
                    "expected a Package URL (pkg:TYPE/NAMESPACE/NAME@VERSION)", line: offset + 1, column: 1)
            }
            guard purl.version != nil else {
                throw KeepListError(
                    "'\(line)' has no version; only resolved versions can be kept", line: offset + 1, column: 1)
            }
            if let entry = purl.entry(line: offset + 1) { entries.append(entry) }
        }
        return KeepListContents(entries: entries)
    }
}
