/// A reader for the subset of TOML that lockfiles use (`Cargo.lock`, `poetry.lock`,
/// `uv.lock`): table and array-of-table headers, `key = value` lines, strings, and arrays or
/// inline tables that may span lines. Values are kept as raw text except strings, which
/// are unquoted. Chosen over a full TOML library (TOMLKit wraps toml++ in C++): these files
/// are machine-written, and this is a hundred lines with no build cost.
struct LockTOML {
    /// One `[table]` or `[[array.table]]` and its keys.
    struct Table {
        var header: String
        var isArrayElement: Bool
        var line: Int
        var values: [String: (value: String, line: Int)] = [:]

        /// A key's string value, unquoted; nil when absent or not a string.
        func string(_ key: String) -> String? {
            guard let raw = values[key]?.value else { return nil }
            return LockTOML.unquote(raw)
        }
    }

    var tables: [Table] = []

    static func parse(_ bytes: [UInt8]) throws(KeepListError) -> LockTOML {
        var result = LockTOML()
        result.tables.append(Table(header: "", isArrayElement: false, line: 1))
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        var index = 0
        while index < lines.count {
            let number = index + 1
            let line = lines[index].trimmingASCIIWhitespace()
            index += 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[[") {
                guard line.hasSuffix("]]") else {
                    throw KeepListError("expected ']]' closing the table header", line: number, column: 1)
                }
                let header = line.dropFirst(2).dropLast(2).trimmingASCIIWhitespace()
                result.tables.append(Table(header: String(header), isArrayElement: true, line: number))
                continue
            }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]") else {
                    throw KeepListError("expected ']' closing the table header", line: number, column: 1)
                }
                let header = line.dropFirst().dropLast().trimmingASCIIWhitespace()
                result.tables.append(Table(header: String(header), isArrayElement: false, line: number))
                continue
            }
            guard let equals = line.firstIndex(of: "=") else {
                throw KeepListError("expected 'key = value', a table header or a comment", line: number, column: 1)
            }
            let key = unquote(String(line[..<equals].trimmingASCIIWhitespace()))
            var value = String(line[line.index(after: equals)...].trimmingASCIIWhitespace())
            // Multi-line strings and arrays/inline tables continue until closed.
            if value.hasPrefix("\"\"\"") || value.hasPrefix("'''") {
                let quote = String(value.prefix(3))
                while value.count < 6 || !value.hasSuffix(quote) {
                    guard index < lines.count else {
                        throw KeepListError("unterminated multi-line string", line: number, column: 1)
                    }
                    value += "\n" + lines[index]
                    index += 1
                }
            } else {
                while bracketDepth(value) > 0 {
                    guard index < lines.count else {
                        throw KeepListError("unclosed '[' or '{'", line: number, column: 1)
                    }
                    value += " " + lines[index].trimmingASCIIWhitespace()
                    index += 1
                }
            }
            result.tables[result.tables.count - 1].values[key] = (value, number)
        }
        return result
    }

    /// Open brackets minus closed ones, outside strings.
    static func bracketDepth(_ text: String) -> Int {
        var depth = 0
        var quote: Character?
        var escaped = false
        for character in text {
            if let open = quote {
                if escaped {
                    escaped = false
                } else if character == "\\" && open == "\"" {
                    escaped = true
                } else if character == open {
                    quote = nil
                }
                continue
            }
            switch character {
            case "\"", "'": quote = character
            case "[", "{": depth += 1
            case "]", "}": depth -= 1
            case "#": return depth
            default: break
            }
        }
        return depth
    }

    /// A basic (`"..."`, escapes) or literal (`'...'`) string's content; other text as is.
    static func unquote(_ raw: String) -> String {
        if raw.count >= 2, raw.hasPrefix("'"), let end = raw.dropFirst().firstIndex(of: "'") {
            return String(raw[raw.index(after: raw.startIndex)..<end])
        }
        guard raw.count >= 2, raw.hasPrefix("\"") else { return raw }
        var result = ""
        var escaped = false
        for character in raw.dropFirst() {
            if escaped {
                switch character {
                case "n": result.append("\n")
                case "t": result.append("\t")
                default: result.append(character)
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                return result
            } else {
                result.append(character)
            }
        }
        return result
    }
}
