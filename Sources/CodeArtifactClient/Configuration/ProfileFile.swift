/// An AWS config or credentials file: INI sections of `key = value` lines.
struct ProfileFile: Sendable {
    /// Section name (as written between the brackets, trimmed) to its keys (lowercased) and values.
    var sections: [String: [String: String]]

    /// Parses `text`: `#`/`;` comments (also after whitespace at the end of a line), indented
    /// sub-section lines ignored, the last value of a repeated key wins.
    static func parse(_ text: String) -> ProfileFile {
        var sections: [String: [String: String]] = [:]
        var current: String?
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            let line = rawLine.trimmingWhitespace()
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") { continue }
            if line.hasPrefix("[") {
                guard let close = line.firstIndex(of: "]") else {
                    current = nil
                    continue
                }
                let name = line[line.index(after: line.startIndex)..<close].trimmingWhitespace()
                    .split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
                current = name
                if sections[name] == nil { sections[name] = [:] }
                continue
            }
            // An indented line continues a nested setting (`s3 =` then `  key = value`): not ours.
            if let first = rawLine.first, first == " " || first == "\t" { continue }
            guard let section = current, let equals = line.firstIndex(of: "=") else { continue }
            let key = line[..<equals].trimmingWhitespace().lowercased()
            var value = String(line[line.index(after: equals)...])
            value = stripInlineComment(value).trimmingWhitespace()
            guard !key.isEmpty else { continue }
            sections[section, default: [:]][key] = value
        }
        return ProfileFile(sections: sections)
    }

    /// Drops ` # comment` / ` ; comment` (a comment needs whitespace before it).
    private static func stripInlineComment(_ value: String) -> String {
        var previousIsSpace = true
        for index in value.indices {
            let char = value[index]
            if (char == "#" || char == ";") && previousIsSpace && index != value.startIndex {
                return String(value[..<index])
            }
            previousIsSpace = char == " " || char == "\t"
        }
        return value
    }
}
