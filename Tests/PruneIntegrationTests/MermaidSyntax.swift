import Foundation

/// A small well-formedness check of the ```mermaid blocks prune writes (`xychart-beta` bar
/// charts): the header line, a quoted title, quoted labels without a raw quote inside, a y-axis
/// range of integers, and one integer bar per label.
enum MermaidSyntax {
    /// The bodies of the ```mermaid blocks in `markdown`.
    static func blocks(in markdown: String) -> [[String]] {
        var blocks: [[String]] = []
        var current: [String]?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if current == nil, line == "```mermaid" {
                current = []
            } else if current != nil, line == "```" {
                blocks.append(current!)
                current = nil
            } else {
                current?.append(line)
            }
        }
        if current != nil { blocks.append(["<unclosed block>"]) }
        return blocks
    }

    /// What is wrong with one block (empty when it is well-formed).
    static func problems(_ block: [String]) -> [String] {
        let lines = block.map { $0.trimmingCharacters(in: .whitespaces) }
        guard lines.count == 5, lines[0] == "xychart-beta" else { return ["not a five-line xychart-beta: \(block)"] }
        var found: [String] = []
        let quoted = #/"[^"\n]*"/#
        if (try? Regex(#"^title "[^"]*"$"#).wholeMatch(in: lines[1])) == nil { found.append("title: \(lines[1])") }
        guard lines[2].hasPrefix("x-axis [") && lines[2].hasSuffix("]") else { return found + ["x-axis: \(lines[2])"] }
        let labels = lines[2].dropFirst("x-axis [".count).dropLast()
        let labelCount = labels.matches(of: quoted).count
        if labels.replacing(quoted, with: "").replacing(#/\s*,\s*/#, with: "") != "" {
            found.append("labels not all quoted: \(lines[2])")
        }
        guard let axis = try? #/^y-axis "[^"]*" 0 --> (\d+)$/#.wholeMatch(in: lines[3]) else {
            return found + ["y-axis: \(lines[3])"]
        }
        guard let bars = try? #/^bar \[(\d+(?:, \d+)*)\]$/#.wholeMatch(in: lines[4]) else {
            return found + ["bar: \(lines[4])"]
        }
        let values = bars.1.split(separator: ", ").compactMap { Int($0) }
        if values.count != labelCount { found.append("\(values.count) bars for \(labelCount) labels") }
        if let top = Int(axis.1), values.contains(where: { $0 > top }) { found.append("a bar above the axis") }
        return found
    }
}
