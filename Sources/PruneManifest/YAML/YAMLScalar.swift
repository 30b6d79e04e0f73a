/// A scalar as written. Resolution (is `5` a number, is `yes` a boolean?) happens later,
/// with YAML 1.2's core schema, because libyaml only reports text and style.
public struct YAMLScalar: Sendable, Hashable {
    /// How the scalar was written.
    public enum Style: Sendable, Hashable {
        /// Unquoted: subject to type resolution.
        case plain
        /// Single- or double-quoted: always a string.
        case quoted
        /// A `|` or `>` block: always a string.
        case block
    }

    /// The scalar's content, after YAML's escapes and folding.
    public var text: String
    /// Plain, quoted or block.
    public var style: Style
    /// An explicit tag (`!!str`), expanded (`tag:yaml.org,2002:str`); nil when none.
    public var tag: String?

    /// Creates a scalar.
    public init(text: String, style: Style, tag: String? = nil) {
        self.text = text
        self.style = style
        self.tag = tag
    }
}
