import Foundation

/// An ICU regular expression (as `NSRegularExpression`) that must match a whole string.
///
/// `NSRegularExpression` is immutable and documented as safe to share between threads,
/// which is why this box is `@unchecked Sendable`.
public final class AnchoredRegex: @unchecked Sendable, Hashable {
    /// The pattern as written between the slashes.
    public let source: String
    private let expression: NSRegularExpression

    /// Longest pattern accepted, in characters.
    public static let maximumLength = 1_000

    /// Compiles `source`, anchored at both ends; throws a message when it is invalid.
    public init(_ source: String) throws(PatternError) {
        guard source.count <= Self.maximumLength else {
            throw PatternError(
                message:
                    "regular expression is \(source.count) characters long, more than the \(Self.maximumLength) allowed"
            )
        }
        guard !source.isEmpty else {
            throw PatternError(message: "empty regular expression '//' matches nothing; remove it")
        }
        do {
            _ = try NSRegularExpression(pattern: source)
        } catch {
            throw PatternError(
                message: "invalid regular expression /\(source)/ (ICU syntax); check its brackets and escapes")
        }
        do {
            expression = try NSRegularExpression(pattern: "\\A(?:" + source + ")\\z")
        } catch {
            throw PatternError(
                message:
                    "regular expression /\(source)/ cannot be anchored to the whole name (an unterminated \\Q or a trailing comment?)"
            )
        }
        self.source = source
    }

    /// True when the expression matches all of `text`.
    public func matches(_ text: String) -> Bool {
        let range = NSRange(text.startIndex..<text.endIndex, in: text)
        return expression.firstMatch(in: text, options: [], range: range) != nil
    }

    public static func == (lhs: AnchoredRegex, rhs: AnchoredRegex) -> Bool { lhs.source == rhs.source }
    public func hash(into hasher: inout Hasher) { hasher.combine(source) }
}

/// A pattern that could not be compiled.
public struct PatternError: Error, Sendable {
    /// What is wrong and what to do.
    public var message: String
}
