/// SPDX JSON (`*.spdx.json`): each package's `purl` external reference. Packages without
/// one name nothing.
enum SPDXReader {
    static func read(_ bytes: [UInt8]) throws(KeepListError) -> KeepListContents {
        let root = try JSONReader.parse(bytes)
        guard root["spdxVersion"]?.string != nil else {
            throw KeepListError("not an SPDX document: no 'spdxVersion'", line: root.line, column: root.column)
        }
        var entries: [KeepListEntry] = []
        for package in root["packages"]?.elements ?? [] {
            for reference in package["externalRefs"]?.elements ?? [] where reference["referenceType"]?.string == "purl"
            {
                if let locator = reference["referenceLocator"], let text = locator.string,
                    let entry = PackageURL(text)?.entry(line: locator.line)
                {
                    entries.append(entry)
                }
            }
        }
        return KeepListContents(entries: entries)
    }
}
