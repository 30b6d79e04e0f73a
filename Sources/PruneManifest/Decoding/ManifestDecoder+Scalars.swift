import Foundation

/// Typed reads of scalar values, each reporting a type error at the value.
extension ManifestDecoder {
    /// The mapping at `node`, or an error naming what was expected.
    mutating func mapping(_ node: YAMLNode, context: String, what: String) -> MappingReader? {
        guard case .mapping(let entries) = node.kind else {
            if isNull(node) {
                report("'\(what)' is empty (null); give it keys or remove it", at: node.location)
            } else {
                report("'\(what)' must be a mapping of keys, found \(node.kindDescription)", at: node.location)
            }
            return nil
        }
        return MappingReader(context: context, location: node.location, entries: entries)
    }

    /// The scalar at `node`, or an error; null gets its own message.
    mutating func scalar(_ node: YAMLNode, key: String) -> YAMLScalar? {
        guard case .scalar(let scalar) = node.kind else {
            report("'\(key)' must be a single value, found \(node.kindDescription)", at: node.location)
            return nil
        }
        if case .null = scalar.resolved {
            report(
                "'\(key)' is set to null; give it a value, or remove the key (to inherit a default)", at: node.location)
            return nil
        }
        return scalar
    }

    /// A string. Numbers and booleans written plain are type errors with a quoting hint,
    /// so `1.10` never silently becomes `1.1`.
    mutating func string(_ node: YAMLNode, key: String) -> String? {
        guard let scalar = scalar(node, key: key) else { return nil }
        switch scalar.resolved {
        case .string(let value): return value
        default:
            report(
                "'\(key)' must be a string, found \(scalar.resolvedDescription); quote it: \"\(scalar.text)\"",
                at: node.location)
            return nil
        }
    }

    /// An integer within `range`.
    mutating func integer(_ node: YAMLNode, key: String, range: ClosedRange<Int>) -> Int? {
        guard let scalar = scalar(node, key: key) else { return nil }
        let value: Int
        switch scalar.resolved {
        case .int(let integer): value = integer
        case .string(let text) where scalar.style == .quoted && Int(text) != nil:
            report("'\(key)' must be an integer, found the string \"\(text)\"; remove the quotes", at: node.location)
            return nil
        case .float(let number) where number.isFinite && number == number.rounded():
            report("'\(key)' must be an integer, found \(scalar.text); write it without a fraction", at: node.location)
            return nil
        default:
            report("'\(key)' must be an integer, found \(scalar.resolvedDescription)", at: node.location)
            return nil
        }
        guard range.contains(value) else {
            report("'\(key)' must be \(Self.describe(range)), found \(value)", at: node.location)
            return nil
        }
        return value
    }

    /// A finite number greater than zero, in `unit` (named in the error).
    mutating func positiveNumber(_ node: YAMLNode, key: String, unit: String = "requests per second") -> Double? {
        guard let scalar = scalar(node, key: key) else { return nil }
        let value: Double
        switch scalar.resolved {
        case .int(let integer): value = Double(integer)
        case .float(let number): value = number
        case .string(let text) where scalar.style == .quoted && Double(text) != nil:
            report("'\(key)' must be a number, found the string \"\(text)\"; remove the quotes", at: node.location)
            return nil
        default:
            report("'\(key)' must be a number, found \(scalar.resolvedDescription)", at: node.location)
            return nil
        }
        guard value.isFinite, value > 0 else {
            report(
                "'\(key)' must be a number greater than 0 (\(unit)), found \(scalar.text)",
                at: node.location)
            return nil
        }
        return value
    }

    /// A YAML 1.2 boolean: `true`/`false` in their three spellings only.
    mutating func bool(_ node: YAMLNode, key: String) -> Bool? {
        guard let scalar = scalar(node, key: key) else { return nil }
        switch scalar.resolved {
        case .bool(let value): return value
        case .string(let text) where scalar.style == .quoted && YAMLScalar.resolvePlain(text) != .string(text):
            report("'\(key)' must be true or false, found the string \"\(text)\"; remove the quotes", at: node.location)
        case .string(let text) where Self.yaml11Booleans[text.lowercased()] != nil:
            let meant = Self.yaml11Booleans[text.lowercased()]!
            report(
                "'\(key)' must be true or false, found '\(text)' (YAML 1.1 spelling, a string in YAML 1.2); write \(meant)",
                at: node.location)
        default:
            report("'\(key)' must be true or false, found \(scalar.resolvedDescription)", at: node.location)
        }
        return nil
    }

    private static let yaml11Booleans = [
        "yes": true, "no": false, "on": true, "off": false, "y": true, "n": false,
    ]

    /// One value of a string enumeration, with a suggestion when misspelt.
    mutating func enumeration<Value: RawRepresentable & CaseIterable>(
        _ node: YAMLNode, key: String, of type: Value.Type
    ) -> Value? where Value.RawValue == String {
        enumeration(node, key: key, allowed: Array(Value.allCases))
    }

    /// One value among `allowed`, with a suggestion when misspelt.
    mutating func enumeration<Value: RawRepresentable>(_ node: YAMLNode, key: String, allowed: [Value]) -> Value?
    where Value.RawValue == String {
        guard let text = string(node, key: key) else { return nil }
        if let value = allowed.first(where: { $0.rawValue == text }) { return value }
        let names = allowed.map(\.rawValue)
        report(
            "'\(key)' must be one of \(names.joined(separator: ", ")), found '\(text)'\(Suggestion.hint(for: text, among: names))",
            at: node.location)
        return nil
    }

    /// A scalar or a non-empty list of scalars, each a string with its location.
    mutating func stringList(_ node: YAMLNode, key: String, removalHint: String) -> [Located<String>]? {
        switch node.kind {
        case .sequence(let items):
            guard !items.isEmpty else {
                report("'\(key)' is an empty list; \(removalHint)", at: node.location)
                return nil
            }
            var result: [Located<String>] = []
            var failed = false
            let itemKey = "\(key)[]"  // built once, not once per item
            for item in items {
                if let text = string(item, key: itemKey) {
                    result.append(Located(value: text, location: item.location))
                } else {
                    failed = true
                }
            }
            return failed ? nil : result
        case .scalar:
            return string(node, key: key).map { [Located(value: $0, location: node.location)] }
        case .mapping:
            report("'\(key)' must be a string or a list of strings, found a mapping", at: node.location)
            return nil
        }
    }

    /// A duration: an integer ≥ 1 and `h`, `d` or `w`, plain or quoted, at most 100 years.
    mutating func duration(_ node: YAMLNode, key: String) -> RetentionDuration? {
        guard let scalar = scalar(node, key: key) else { return nil }
        guard let duration = RetentionDuration.parse(scalar.text) else {
            let text = scalar.text
            let number = text.dropLast()
            let hint: String
            if let unit = text.last, "hdw".contains(unit), let value = Int(number), value <= 0 {
                hint = "; durations start at 1 (1\(unit))"
            } else if let unit = text.last, "hdw".contains(unit), Double(number) != nil {
                hint = "; whole numbers only (36h rather than 1.5d)"
            } else if case .int = scalar.resolved {
                hint = "; add a unit: '\(scalar.text)d' for days"
            } else if let unit = scalar.text.last,
                "HDWmsy".contains(unit) || ["days", "day", "hours", "weeks"].contains(where: scalar.text.hasSuffix)
            {
                hint = "; units are h, d and w, lowercase (90d, 36h, 2w)"
            } else {
                hint = " (write an integer ≥ 1 and h, d or w: 36h, 90d, 2w)"
            }
            report("'\(key)' is not a duration: '\(scalar.text)'\(hint)", at: node.location)
            return nil
        }
        guard duration.seconds <= RetentionDuration.maximumSeconds else {
            report("'\(key)' is \(duration), longer than the 100 years allowed", at: node.location)
            return nil
        }
        return duration
    }

    /// An RFC 3339 date-time with a zone.
    mutating func timestamp(_ node: YAMLNode, key: String) -> Date? {
        guard let text = string(node, key: key) else { return nil }
        guard let date = RFC3339.parse(text) else {
            report(
                "'\(key)' must be an RFC 3339 date-time with a zone, like 2026-11-29T00:00:00Z, found '\(text)'",
                at: node.location)
            return nil
        }
        return date
    }

    func isNull(_ node: YAMLNode) -> Bool {
        if case .scalar(let scalar) = node.kind, case .null = scalar.resolved { return true }
        return false
    }

    static func describe(_ range: ClosedRange<Int>) -> String {
        if range.upperBound == .max { return "at least \(range.lowerBound)" }
        return "between \(range.lowerBound) and \(range.upperBound)"
    }
}
