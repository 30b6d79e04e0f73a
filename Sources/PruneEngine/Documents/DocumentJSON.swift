import Foundation

/// How prune writes its JSON documents (plans, reports): pretty, keys sorted, slashes
/// unescaped, a final newline, so two runs on the same state differ only in timestamps.
public enum DocumentJSON {
    /// Encodes `value` the documents' way.
    public static func encode<Value: Encodable>(_ value: Value) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(UInt8(ascii: "\n"))
        return data
    }
}
