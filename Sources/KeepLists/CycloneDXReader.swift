/// CycloneDX JSON (`*.cdx.json`, `bom.json`): the `purl` of every component, nested
/// components and the described component (`metadata.component`) included. Components
/// without a purl, or of a type CodeArtifact does not host, name nothing.
enum CycloneDXReader {
    static func read(_ bytes: [UInt8]) throws(KeepListError) -> KeepListContents {
        let root = try JSONReader.parse(bytes)
        guard root["bomFormat"]?.string == "CycloneDX" else {
            throw KeepListError(
                "not a CycloneDX BOM: 'bomFormat' is not \"CycloneDX\"", line: root.line, column: root.column)
        }
        var entries: [KeepListEntry] = []
        if let component = root["metadata"]?["component"] { collect([component], into: &entries) }
        collect(root["components"]?.elements ?? [], into: &entries)
        return KeepListContents(entries: entries)
    }

    private static func collect(_ components: [JSONValue.Located], into entries: inout [KeepListEntry]) {
        for component in components {
            if let purl = component["purl"], let text = purl.string,
                let entry = PackageURL(text)?.entry(line: purl.line)
            {
                entries.append(entry)
            }
            collect(component["components"]?.elements ?? [], into: &entries)
        }
    }
}
