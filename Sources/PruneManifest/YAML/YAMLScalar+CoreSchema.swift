/// The value of a scalar under YAML 1.2's core schema.
public enum YAMLResolvedScalar: Sendable, Hashable {
    /// `~`, `null`, `Null`, `NULL` or nothing.
    case null
    /// `true`/`false` in the three core spellings.
    case bool(Bool)
    /// A decimal, `0o` octal or `0x` hexadecimal integer that fits 64 bits.
    case int(Int)
    /// A decimal float, `.inf` or `.nan`.
    case float(Double)
    /// Anything else, and every quoted or block scalar.
    case string(String)
}

extension YAMLScalar {
    /// Resolves the scalar as YAML 1.2's core schema does (not YAML 1.1: `yes`, `on` and
    /// dates stay strings). An explicit standard tag forces its type.
    public var resolved: YAMLResolvedScalar {
        switch tag {
        case "tag:yaml.org,2002:str": return .string(text)
        case "tag:yaml.org,2002:null": return .null
        case "tag:yaml.org,2002:bool", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float":
            return Self.resolvePlain(text)
        default: break
        }
        guard style == .plain, tag == nil || tag == "!" else { return .string(text) }
        if tag == "!" { return .string(text) }
        return Self.resolvePlain(text)
    }

    /// True when the tag is one this reader understands (none, `!`, or a core-schema tag).
    public var hasSupportedTag: Bool {
        switch tag {
        case nil, "!", "tag:yaml.org,2002:str", "tag:yaml.org,2002:null", "tag:yaml.org,2002:bool",
            "tag:yaml.org,2002:int", "tag:yaml.org,2002:float":
            return true
        default: return false
        }
    }

    /// Words for messages: `the string "5"`, `the number 5`, `null`.
    public var resolvedDescription: String {
        switch resolved {
        case .null: return "null"
        case .bool(let value): return "the boolean \(value)"
        case .int, .float: return "the number \(text)"
        case .string(let value): return "the string \"\(value)\""
        }
    }

    static func resolvePlain(_ text: String) -> YAMLResolvedScalar {
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .float(.infinity)
        case "-.inf", "-.Inf", "-.INF": return .float(-.infinity)
        case ".nan", ".NaN", ".NAN": return .float(.nan)
        default: break
        }
        if let integer = parseInteger(text) { return .int(integer) }
        if isCoreFloat(text), let value = Double(text) { return .float(value) }
        return .string(text)
    }

    /// `[-+]?[0-9]+`, `0o[0-7]+`, `0x[0-9a-fA-F]+`.
    private static func parseInteger(_ text: String) -> Int? {
        if text.hasPrefix("0o") { return Int(text.dropFirst(2), radix: 8) }
        if text.hasPrefix("0x") { return Int(text.dropFirst(2), radix: 16) }
        var digits = Substring(text)
        if digits.first == "-" || digits.first == "+" { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`
    private static func isCoreFloat(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        func digits() -> Int {
            var count = 0
            while let first = scalars.first, ("0"..."9").contains(first) {
                scalars = scalars.dropFirst()
                count += 1
            }
            return count
        }
        if scalars.first == "-" || scalars.first == "+" { scalars = scalars.dropFirst() }
        let integerDigits = digits()
        var fractionDigits = 0
        if scalars.first == "." {
            scalars = scalars.dropFirst()
            fractionDigits = digits()
        } else if integerDigits == 0 {
            return false
        }
        guard integerDigits > 0 || fractionDigits > 0 else { return false }
        if scalars.first == "e" || scalars.first == "E" {
            scalars = scalars.dropFirst()
            if scalars.first == "-" || scalars.first == "+" { scalars = scalars.dropFirst() }
            guard digits() > 0 else { return false }
        }
        return scalars.isEmpty
    }
}
