/// An AWS config or credentials file: INI sections of `key = value` lines.
struct ProfileFile: Sendable {
    /// Section name (as written between the brackets, trimmed) to its keys (lowercased) and values.
    var sections: [String: [String: String]]
    /// Nested settings (`sso =` then indented `endpoint_url = ...` lines): section name to the
    /// parent key (lowercased) to its sub-keys (as written) and values. Only a key whose own
    /// value is empty has sub-keys, as botocore reads them.
    var nested: [String: [String: [String: String]]] = [:]

    /// Parses `text`: `#`/`;` comments (also after whitespace at the end of a line), indented
    /// lines kept as sub-settings of the empty key above them, the last value of a repeated key wins.
    static func parse(_ text: String) -> ProfileFile {
        var sections: [String: [String: String]] = [:]
        var nested: [String: [String: [String: String]]] = [:]
        var current: String?
        // The key above indented lines, when its value is empty.
        var parent: String?
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
                parent = nil
                if sections[name] == nil { sections[name] = [:] }
                continue
            }
            guard let section = current, let equals = line.firstIndex(of: "=") else { continue }
            var value = String(line[line.index(after: equals)...])
            value = stripInlineComment(value).trimmingWhitespace()
            // An indented line continues a nested setting (`sso =` then `  endpoint_url = URL`).
            if let first = rawLine.first, first == " " || first == "\t" {
                let subKey = line[..<equals].trimmingWhitespace()
                if let parent, !subKey.isEmpty { nested[section, default: [:]][parent, default: [:]][subKey] = value }
                continue
            }
            let key = line[..<equals].trimmingWhitespace().lowercased()
            guard !key.isEmpty else { continue }
            sections[section, default: [:]][key] = value
            parent = value.isEmpty ? key : nil
        }
        return ProfileFile(sections: sections, nested: nested)
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
