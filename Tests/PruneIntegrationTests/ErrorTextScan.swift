import Foundation

/// The seams that show where two messages were glued together: a doubled period, a period
/// before a colon or a second period, unbalanced parentheses, one clause said twice.
enum ErrorTextScan {
    static func problems(in text: String) -> [String] {
        var found: [String] = []
        for seam in ["..", ".:", ". .", ":.", ";."] where text.replacingOccurrences(of: "...", with: "").contains(seam)
        {
            found.append("contains '\(seam)'")
        }
        var depth = 0
        for character in text {
            if character == "(" { depth += 1 }
            if character == ")" { depth -= 1 }
            if depth < 0 { break }
        }
        if depth != 0 { found.append("unbalanced parentheses") }
        var seen: Set<String> = []
        let separators = CharacterSet(charactersIn: ".:;,()\n")
        for clause in text.lowercased().components(separatedBy: separators) {
            let words = clause.trimmingCharacters(in: .whitespaces)
            // Short clauses ("http 403", a name) may fairly appear twice.
            guard words.split(separator: " ").count >= 3 else { continue }
            if !seen.insert(words).inserted { found.append("repeats '\(words)'") }
        }
        return found
    }
}
