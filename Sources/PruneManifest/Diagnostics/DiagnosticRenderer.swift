/// Prints diagnostics like a compiler: `file:line:col: error: message`, then the source
/// line and a caret under the column.
public struct DiagnosticRenderer: Sendable {
    /// The name printed before each location (the path as the user wrote it).
    public var fileName: String
    /// The text the locations point into.
    public var source: SourceText
    /// Wrap `error:`/`warning:` in ANSI colours (terminals only).
    public var colored: Bool

    /// Lines longer than this are shown as a window around the column.
    static let maximumShownWidth = 120

    /// Creates a renderer for one file.
    public init(fileName: String, source: SourceText, colored: Bool = false) {
        self.fileName = fileName
        self.source = source
        self.colored = colored
    }

    /// The full text for one diagnostic, ending in a newline.
    public func render(_ diagnostic: Diagnostic) -> String {
        let label: String
        switch (diagnostic.severity, colored) {
        case (.error, true): label = "\u{1B}[1;31merror:\u{1B}[0m"
        case (.warning, true): label = "\u{1B}[1;35mwarning:\u{1B}[0m"
        case (.error, false): label = "error:"
        case (.warning, false): label = "warning:"
        }
        var text = "\(fileName):\(diagnostic.location): \(label) \(diagnostic.message)\n"
        if let excerpt = excerpt(at: diagnostic.location) {
            text += excerpt.line + "\n" + excerpt.caret + "\n"
        }
        return text
    }

    /// All diagnostics in source order.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.sortedBySource().map(render).joined()
    }

    /// The quoted line (control characters made visible, long lines windowed) and its caret.
    func excerpt(at location: SourceLocation) -> (line: String, caret: String)? {
        let bytes = source.lineBytes(location.line)
        var scalars = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
        if location.line == 1, scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        if scalars.isEmpty && location.column <= 1 { return nil }
        var caretIndex = max(0, location.column - 1)
        var prefix = ""
        var suffix = ""
        if scalars.count > Self.maximumShownWidth {
            let start = max(0, min(caretIndex - Self.maximumShownWidth / 2, scalars.count - Self.maximumShownWidth))
            let end = min(scalars.count, start + Self.maximumShownWidth)
            if start > 0 { prefix = "..." }
            if end < scalars.count { suffix = "..." }
            scalars = Array(scalars[start..<end])
            caretIndex -= start
            caretIndex += prefix.count
        }
        var line = prefix
        var caret = String(repeating: " ", count: prefix.count)
        for (index, scalar) in scalars.enumerated() {
            let shown: Unicode.Scalar = Self.isControl(scalar) ? "\u{FFFD}" : scalar
            line.unicodeScalars.append(shown)
            if index + prefix.count < caretIndex { caret.unicodeScalars.append(scalar == "\t" ? "\t" : " ") }
        }
        line += suffix
        let padding = max(0, caretIndex - (scalars.count + prefix.count))
        caret += String(repeating: " ", count: padding) + "^"
        return (line, caret)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\t" && (scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value))
    }
}
