import Foundation

/// The CodeArtifact API model (`service-2.json`) (a fixture copied from botocore), read with
/// Foundation so the tests check the vocabulary against the source, not against a copy.
enum APIModel {
    /// A string shape: its pattern (ECMA-262) and lengths, or its enum values.
    struct StringShape: Sendable {
        var pattern: String?
        var min: Int?
        var max: Int?
        var values: [String]?
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The model's string shapes by name, and its operation names.
    static let (shapes, operationNames): ([String: StringShape], Set<String>) = {
        let url = packageRoot.appendingPathComponent("Tests/CodeArtifactModelTests/Fixtures/service-2.json")
        guard let data = try? Data(contentsOf: url),
            let document = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let shapes = document["shapes"] as? [String: [String: Any]],
            let operations = document["operations"] as? [String: Any]
        else { fatalError("cannot read the API model at \(url.path)") }
        let strings = shapes.filter { $0.value["type"] as? String == "string" }.mapValues {
            StringShape(
                pattern: $0["pattern"] as? String, min: $0["min"] as? Int, max: $0["max"] as? Int,
                values: $0["enum"] as? [String])
        }
        return (strings, Set(operations.keys))
    }()

    static func shape(_ name: String) -> StringShape { shapes[name] ?? StringShape() }

    /// Whether `text` matches a shape as the service's validation reads it: the pattern as an
    /// ECMA-262 expression over the whole string (`\s` and `\S` spelled out as JavaScript's
    /// whitespace set, which ICU's `\s` is not), and the length in Unicode scalars.
    static func accepts(_ shape: StringShape, _ text: String) -> Bool {
        let count = text.unicodeScalars.count
        if let min = shape.min, count < min { return false }
        if let max = shape.max, count > max { return false }
        guard let pattern = shape.pattern else { return true }
        let whitespace =
            #"\t\n\x{0B}\f\r \x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}"#
        let ecma =
            pattern
            .replacingOccurrences(of: #"[^#/\s]"#, with: "[^#/\(whitespace)]")
            .replacingOccurrences(of: #"\S"#, with: "[^\(whitespace)]")
        guard let regex = try? NSRegularExpression(pattern: #"\A(?:"# + ecma + #")\z"#) else {
            fatalError("pattern \(pattern) did not translate")
        }
        let range = NSRange(text.startIndex..., in: text)
        return regex.firstMatch(in: text, range: range) != nil
    }
}
