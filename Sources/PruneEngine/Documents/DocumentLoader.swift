import Foundation
import Inventory

/// Reads prune's JSON documents (saved plans, reports) with errors that name the JSON path
/// (`actions[3].status`) and, for syntax errors, where the parser stopped. The CLI exits 65 on them.
public enum DocumentLoader {
    /// A document that could not be read or is not what it claims to be.
    public struct LoadError: Error, Sendable, CustomStringConvertible {
        /// The file.
        public var path: String
        /// What is wrong, with the JSON path where known.
        public var message: String
        /// `path: message`.
        public var description: String { "\(path): \(message)" }
    }

    /// The kind of a file given to `prune apply`.
    public enum Kind: Sendable {
        /// A saved plan (JSON with `planVersion`).
        case savedPlan
        /// Anything else: a manifest.
        case manifest
    }

    /// A `.json` file, or a JSON object with `planVersion`, is a saved plan; everything else
    /// is read as a manifest.
    public static func kind(of data: Data, path: String) -> Kind {
        if path.lowercased().hasSuffix(".json") { return .savedPlan }
        return kind(of: data)
    }

    /// A JSON object with `planVersion` is a saved plan; everything else is read as a manifest.
    public static func kind(of data: Data) -> Kind {
        guard let first = data.first(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }),
            first == UInt8(ascii: "{"),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any], object["planVersion"] != nil
        else { return .manifest }
        return .savedPlan
    }

    /// Decodes a document, turning decoding errors into located messages.
    public static func decode<Document: Decodable>(_ type: Document.Type, from data: Data, path: String)
        throws(LoadError)
        -> Document
    {
        if let failure = JSONSyntax.check(data) { throw LoadError(path: path, message: "invalid JSON at \(failure)") }
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            // Foundation on Linux reports a number that does not fit its field as "not valid
            // JSON" at the top level; find the field so the message points at it.
            if case .dataCorrupted(let context) = error, context.codingPath.isEmpty,
                let field = nonIntegralIntegerField(in: data)
            {
                throw LoadError(path: path, message: "\(field): expected an integer")
            }
            throw LoadError(path: path, message: describe(error))
        } catch {
            throw LoadError(path: path, message: "cannot read it as JSON: \(error)")
        }
    }

    /// Reads a file and decodes it.
    public static func load<Document: Decodable>(_ type: Document.Type, path: String) throws(LoadError) -> Document {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw LoadError(path: path, message: "cannot read the file (\((error as NSError).localizedDescription))")
        }
        return try decode(type, from: data, path: path)
    }

    /// Keys of prune's documents that hold integers.
    static let integerKeys: Set<String> = [
        "planVersion", "reportVersion", "concurrency", "maxDeletions", "packages", "versions", "act", "keep",
        "deletions", "succeeded", "failed", "requests", "writeRequests", "retries", "throttled",
    ]

    /// The JSON path of the first integer field holding a fraction (or a number too large).
    static func nonIntegralIntegerField(in data: Data) -> String? {
        guard let root = try? JSONSerialization.jsonObject(with: data) else { return nil }
        func visit(_ value: Any, _ path: String, _ key: String?) -> String? {
            if let object = value as? [String: Any] {
                for name in object.keys.sorted() {
                    if let found = visit(object[name]!, path.isEmpty ? name : "\(path).\(name)", name) { return found }
                }
            } else if let array = value as? [Any] {
                for (index, element) in array.enumerated() {
                    if let found = visit(element, "\(path)[\(index)]", nil) { return found }
                }
            } else if let key, integerKeys.contains(key), let number = value as? NSNumber, !(value is Bool) {
                let double = number.doubleValue
                if double != double.rounded() || abs(double) > 9.0e15 { return path }
            }
            return nil
        }
        return visit(root, "", nil)
    }

    /// `domains[0].repositories[3].status: expected one of ..., found "Gone"`.
    static func describe(_ error: DecodingError) -> String {
        func path(_ codingPath: [any CodingKey]) -> String {
            var text = ""
            for key in codingPath {
                if let index = key.intValue {
                    text += "[\(index)]"
                } else {
                    text += (text.isEmpty ? "" : ".") + key.stringValue
                }
            }
            return text.isEmpty ? "(top level)" : text
        }
        switch error {
        case .typeMismatch(let type, let context):
            return "\(path(context.codingPath)): expected \(describe(type)); \(context.debugDescription)"
        case .valueNotFound(let type, let context):
            return "\(path(context.codingPath)): missing \(describe(type)) (null)"
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])): required key '\(key.stringValue)' is missing"
        case .dataCorrupted(let context):
            let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return "\(path(context.codingPath)): \(context.debugDescription)\(underlying.map { " (\($0))" } ?? "")"
        @unknown default:
            return "\(error)"
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type: return "an integer"
        case is Double.Type: return "a number"
        case is Bool.Type: return "true or false"
        default: return "\(type)"
        }
    }
}
