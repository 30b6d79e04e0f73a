import Foundation

/// pip `requirements*.txt`: `name==version` and `name===version` pins count; extras,
/// environment markers and `--hash` options are ignored; ranges, URLs, paths and
/// editable installs name no registry version. `-r FILE`/`--requirement FILE` includes are
/// returned for the loader to follow (relative to this file).
enum RequirementsReader {
    static func read(_ bytes: [UInt8]) throws(KeepListError) -> KeepListContents {
        var contents = KeepListContents()
        let text = String(decoding: bytes, as: UTF8.self)
        var logical = ""
        var logicalLine = 0
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = Substring(raw)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if logical.isEmpty { logicalLine = offset + 1 }
            // A '#' at the start or after whitespace begins a comment (pip's rule).
            line = stripComment(line)
            if line.hasSuffix("\\") {
                logical += line.dropLast() + " "
                continue
            }
            logical += line
            try parse(logical, line: logicalLine, into: &contents)
            logical = ""
        }
        if !logical.isEmpty { try parse(logical, line: logicalLine, into: &contents) }
        return contents
    }

    private static func stripComment(_ line: Substring) -> Substring {
        var previous: Character = " "
        for index in line.indices {
            if line[index] == "#", previous == " " || previous == "\t" { return line[..<index] }
            previous = line[index]
        }
        return line
    }

    private static func parse(_ text: String, line: Int, into contents: inout KeepListContents) throws(KeepListError) {
        let trimmed = text.trimmingASCIIWhitespace()
        guard !trimmed.isEmpty else { return }
        if trimmed.hasPrefix("-") {
            let words = trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if let first = words.first {
                if first == "-r" || first == "--requirement" {
                    guard words.count >= 2 else {
                        throw KeepListError("'\(first)' needs a file name", line: line, column: 1)
                    }
                    contents.includes.append((String(words[1]), line))
                } else if first.hasPrefix("--requirement=") {
                    contents.includes.append((String(first.dropFirst("--requirement=".count)), line))
                } else if first.hasPrefix("-r"), first.count > 2 {
                    contents.includes.append((String(first.dropFirst(2)), line))
                }
            }
            // Other options (-c, -e, -i, --index-url, --hash...) name no pin.
            return
        }
        // Drop options (`--hash=...`) and markers (`; python_version < "3.9"`).
        var requirement = Substring(trimmed)
        if let semicolon = requirement.firstIndex(of: ";") { requirement = requirement[..<semicolon] }
        if let option = requirement.range(of: " -") { requirement = requirement[..<option.lowerBound] }
        if let option = requirement.range(of: "\t-") { requirement = requirement[..<option.lowerBound] }
        let nameEnd =
            requirement.firstIndex { !($0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_") }
            ?? requirement.endIndex
        let name = String(requirement[..<nameEnd])
        guard !name.isEmpty, name.first!.isASCII, name.first!.isLetter || name.first!.isNumber else {
            // A URL, a path or an archive: no registry version.
            if trimmed.contains("://") || trimmed.hasPrefix(".") || trimmed.hasPrefix("/") { return }
            throw KeepListError("expected a requirement (name==version), an option or a comment", line: line, column: 1)
        }
        var rest = requirement[nameEnd...].trimmingASCIIWhitespace()
        if rest.hasPrefix("[") {
            guard let close = rest.firstIndex(of: "]") else {
                throw KeepListError("unclosed '[' in the extras of '\(name)'", line: line, column: 1)
            }
            rest = rest[rest.index(after: close)...].trimmingASCIIWhitespace()
        }
        if rest.hasPrefix("@") { return }  // name @ URL: a direct reference
        if rest.hasPrefix("("), rest.hasSuffix(")") { rest = rest.dropFirst().dropLast() }
        for specifier in rest.split(separator: ",") {
            let spec = specifier.trimmingASCIIWhitespace()
            var version: Substring?
            if spec.hasPrefix("===") {
                version = spec.dropFirst(3)
            } else if spec.hasPrefix("==") {
                version = spec.dropFirst(2)
            }
            guard let pinned = version?.trimmingASCIIWhitespace(), !pinned.isEmpty else { continue }
            // `==1.*` is a range, not a pin.
            if pinned.hasSuffix(".*") { continue }
            contents.entries.append(
                KeepListEntry(format: .pypi, namespace: nil, name: name, version: String(pinned), line: line))
            return
        }
    }
}
