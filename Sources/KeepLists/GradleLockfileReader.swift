/// Gradle's `gradle.lockfile`: `group:artifact:version=configurations` lines; the
/// `empty=` line lists configurations that resolved nothing and names no version.
enum GradleLockfileReader {
    static func read(_ bytes: [UInt8]) throws(KeepListError) -> KeepListContents {
        var entries: [KeepListEntry] = []
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for (offset, raw) in lines.enumerated() {
            let line = raw.trimmingASCIIWhitespace()
            if line.isEmpty || line.hasPrefix("#") { continue }
            let coordinates = line.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)[0]
            if coordinates == "empty" { continue }
            let parts = coordinates.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 3, !parts.contains(where: \.isEmpty), line.contains("=") else {
                throw KeepListError(
                    "expected 'group:artifact:version=configurations' or 'empty=...'", line: offset + 1, column: 1)
            }
            entries.append(
                KeepListEntry(
                    format: .maven, namespace: String(parts[0]), name: String(parts[1]), version: String(parts[2]),
                    line: offset + 1))
        }
        return KeepListContents(entries: entries)
    }
}
