/// A Mermaid bar chart (`xychart-beta`) in a fenced block, for the Markdown outputs: GitHub
/// renders it as a picture, and where Mermaid is not rendered the block still reads as a list
/// of labels and numbers.
struct MermaidChart {
    /// The chart's title.
    var title: String
    /// What the bars count ("versions").
    var axis: String
    /// One bar per label, in order.
    var bars: [(label: String, value: Int)]

    /// The fenced block, or an empty string when there is nothing to draw.
    var markdown: String {
        guard !bars.isEmpty else { return "" }
        let top = max(bars.map(\.value).max() ?? 0, 1)
        return """
            ```mermaid
            xychart-beta
                title \(Self.quoted(title))
                x-axis [\(bars.map { Self.quoted($0.label) }.joined(separator: ", "))]
                y-axis \(Self.quoted(axis)) 0 --> \(top)
                bar [\(bars.map { String($0.value) }.joined(separator: ", "))]
            ```

            """
    }

    /// A label in double quotes; Mermaid has no backslash escapes, so a quote or a `#` inside
    /// is written as its entity code (`#quot;`, `#35;`), which Mermaid renders as the character.
    static func quoted(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "\"": escaped += "#quot;"
            case "#": escaped += "#35;"
            case "\n", "\r": escaped += " "
            default: escaped.append(character)
            }
        }
        return "\"" + escaped + "\""
    }
}
