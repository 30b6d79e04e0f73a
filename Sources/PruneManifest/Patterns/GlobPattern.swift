/// A shell glob (`*`, `?`, `[...]`, `\` escapes) compiled for matching whole strings,
/// Unicode scalar by scalar, case-sensitively.
public struct GlobPattern: Sendable, Hashable {
    enum Token: Sendable, Hashable {
        case literal(Unicode.Scalar)
        case anyOne
        case anyRun
        case characterClass(CharacterClass)
    }

    struct CharacterClass: Sendable, Hashable {
        var negated: Bool
        var members: [ClosedRange<UInt32>]

        func matches(_ scalar: Unicode.Scalar) -> Bool {
            members.contains { $0.contains(scalar.value) } != negated
        }
    }

    /// Why a glob could not be compiled, with the offending character's index.
    public struct SyntaxError: Error, Sendable {
        /// What is wrong, in words.
        public var message: String
        /// 0-based index in Unicode scalars of the problem within the glob.
        public var offset: Int
    }

    /// The glob's text when it has no `*`, `?`, `[` or `\\`: it then matches that exact
    /// string and `tokens` stays empty. Big plans list 100,000 exact versions; building a
    /// token per scalar for each was most of the cost of parsing them.
    let exact: String?
    let tokens: [Token]
    /// The tokens' shape when it is one of the common ones matched on bytes (`lit*`, `*lit`,
    /// `*lit*`, `*[...]`); `.general` otherwise.
    let shape: Shape

    /// Compiles a glob.
    public init(_ text: String) throws(SyntaxError) {
        // The four special characters are ASCII, and UTF-8 never uses ASCII bytes inside a
        // multi-byte sequence, so a byte scan finds them exactly.
        if !Self.hasSpecialByte(text) {
            exact = text
            tokens = []
            shape = .general
            return
        }
        exact = nil
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "*":
                if tokens.last != .anyRun { tokens.append(.anyRun) }
                index += 1
            case "?":
                tokens.append(.anyOne)
                index += 1
            case "\\":
                guard index + 1 < scalars.count else {
                    throw SyntaxError(message: "ends with a lone '\\'; write '\\\\' for a backslash", offset: index)
                }
                tokens.append(.literal(scalars[index + 1]))
                index += 2
            case "[":
                let (characterClass, next) = try Self.parseClass(scalars, from: index)
                tokens.append(.characterClass(characterClass))
                index = next
            default:
                tokens.append(.literal(scalar))
                index += 1
            }
        }
        self.tokens = tokens
        shape = Shape(tokens)
    }

    private static func hasSpecialByte(_ text: String) -> Bool {
        func isSpecial(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "*") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "\\")
                || byte == UInt8(ascii: "[")
        }
        // A plain loop over the contiguous bytes (native strings always have them): the
        // generic `contains(where:)` on the UTF-8 view cost more than libyaml's own scan.
        if let found = text.utf8.withContiguousStorageIfAvailable({ bytes in bytes.contains(where: isSpecial) }) {
            return found
        }
        return text.utf8.contains(where: isSpecial)
    }

    /// The exact string this glob matches when it has no wildcard, else nil.
    public var literalValue: String? {
        if let exact { return exact }
        var result = String.UnicodeScalarView()
        for token in tokens {
            guard case .literal(let scalar) = token else { return nil }
            result.append(scalar)
        }
        return String(result)
    }

    /// The literal characters before the first wildcard (for the server's prefix filters).
    public var literalPrefix: String {
        if let exact { return exact }
        var result = String.UnicodeScalarView()
        for token in tokens {
            guard case .literal(let scalar) = token else { break }
            result.append(scalar)
        }
        return String(result)
    }

    /// The literal characters outside classes, to check that the glob can ever match a name.
    var literalScalars: [Unicode.Scalar] {
        if let exact { return Array(exact.unicodeScalars) }
        return tokens.compactMap { if case .literal(let scalar) = $0 { scalar } else { nil } }
    }

    /// True when the whole of `text` matches, scalar by scalar: names are not normalised,
    /// so a composed and a decomposed "é" differ (Swift's `==` would call them equal).
    public func matches(_ text: String) -> Bool {
        // Equal UTF-8 bytes are equal scalars: the same scalar-by-scalar comparison.
        if let exact { return text.utf8.elementsEqual(exact.utf8) }
        if let matched = shape.matches(text) { return matched }
        // An ASCII name (most versions) is matched on its bytes, each byte its own scalar:
        // an array of scalars per call was most of the cost of evaluating large plans.
        var text = text
        let ascii = text.withUTF8 { bytes in
            bytes.allSatisfy { $0 < 0x80 } ? matches(scalars: bytes.lazy.map { Unicode.Scalar($0) }) : nil
        }
        return ascii ?? matches(Array(text.unicodeScalars))
    }

    func matches(_ text: [Unicode.Scalar]) -> Bool {
        if let exact { return text.elementsEqual(exact.unicodeScalars) }
        return matches(scalars: text)
    }

    /// Iterative wildcard matching with single-star backtracking: O(n·m) at worst, no recursion.
    private func matches<Text: RandomAccessCollection>(scalars text: Text) -> Bool
    where Text.Element == Unicode.Scalar, Text.Index == Int {
        var t = 0
        var p = 0
        var starP = -1
        var starT = 0
        while t < text.count {
            if p < tokens.count {
                switch tokens[p] {
                case .anyRun:
                    starP = p
                    starT = t
                    p += 1
                    continue
                case .anyOne:
                    p += 1
                    t += 1
                    continue
                case .literal(let scalar) where scalar == text[t]:
                    p += 1
                    t += 1
                    continue
                case .characterClass(let characterClass) where characterClass.matches(text[t]):
                    p += 1
                    t += 1
                    continue
                default: break
                }
            }
            guard starP >= 0 else { return false }
            starT += 1
            t = starT
            p = starP + 1
        }
        while p < tokens.count, tokens[p] == .anyRun { p += 1 }
        return p == tokens.count
    }

    /// Globs are equal when their tokens are (an exact glob counts as one literal token per
    /// scalar), so `a` equals `\\a` as before; scalars are compared, not canonical `String`s.
    public static func == (lhs: GlobPattern, rhs: GlobPattern) -> Bool {
        if let left = lhs.exact, let right = rhs.exact { return left.utf8.elementsEqual(right.utf8) }
        return lhs.comparableTokens == rhs.comparableTokens
    }

    /// Hashes what `==` compares: the token count, then each token, as `[Token]` would.
    public func hash(into hasher: inout Hasher) {
        guard let exact else {
            hasher.combine(tokens)
            return
        }
        hasher.combine(exact.unicodeScalars.count)
        for scalar in exact.unicodeScalars { hasher.combine(Token.literal(scalar)) }
    }

    private var comparableTokens: [Token] {
        if let exact { return exact.unicodeScalars.map(Token.literal) }
        return tokens
    }

    private static func parseClass(_ scalars: [Unicode.Scalar], from start: Int) throws(SyntaxError) -> (
        CharacterClass, Int
    ) {
        var index = start + 1
        var negated = false
        if index < scalars.count, scalars[index] == "!" || scalars[index] == "^" {
            negated = true
            index += 1
        }
        var members: [ClosedRange<UInt32>] = []
        var first = true
        while index < scalars.count {
            var scalar = scalars[index]
            if scalar == "]" && !first {
                guard !members.isEmpty else { break }
                return (CharacterClass(negated: negated, members: members), index + 1)
            }
            first = false
            if scalar == "\\" {
                guard index + 1 < scalars.count else { break }
                index += 1
                scalar = scalars[index]
            }
            index += 1
            // A range `a-z`, unless the '-' is last before ']'.
            if index + 1 < scalars.count, scalars[index] == "-", scalars[index + 1] != "]" {
                var upper = scalars[index + 1]
                index += 2
                if upper == "\\", index < scalars.count {
                    upper = scalars[index]
                    index += 1
                }
                guard scalar.value <= upper.value else {
                    throw SyntaxError(
                        message: "range '\(scalar)-\(upper)' in '[...]' runs backwards; write '[\(upper)-\(scalar)]'",
                        offset: start)
                }
                members.append(scalar.value...upper.value)
            } else {
                members.append(scalar.value...scalar.value)
            }
        }
        throw SyntaxError(
            message: "'[' opens a character class that is never closed; write '\\[' for a literal '['", offset: start)
    }
}
