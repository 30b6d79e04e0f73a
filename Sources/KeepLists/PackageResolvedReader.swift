/// SwiftPM's `Package.resolved`, versions 1 to 3. Only a registry pin (an identity
/// `scope.name`, `kind: registry`) names a registry version; source-control pins do not.
/// Version 1 has source-control pins only, so it names nothing.
enum PackageResolvedReader {
    static func read(_ bytes: [UInt8]) throws(KeepListError) -> KeepListContents {
        let root = try JSONReader.parse(bytes)
        guard root["version"] != nil else {
            throw KeepListError("not a Package.resolved: no 'version'", line: root.line, column: root.column)
        }
        var entries: [KeepListEntry] = []
        for pin in root["pins"]?.elements ?? [] {
            guard pin["kind"]?.string == "registry", let identity = pin["identity"]?.string,
                let version = pin["state"]?["version"]?.string,
                let dot = identity.firstIndex(of: "."), dot != identity.startIndex
            else { continue }
            entries.append(
                KeepListEntry(
                    format: .swift, namespace: String(identity[..<dot]),
                    name: String(identity[identity.index(after: dot)...]), version: version, line: pin.line))
        }
        return KeepListContents(entries: entries)
    }
}
