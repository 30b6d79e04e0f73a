import Foundation

extension InventoryError {
    /// Translates Foundation's decoding errors into a path and a message in JSON's terms.
    init(decodingError: DecodingError) {
        switch decodingError {
        case .keyNotFound(let key, let context):
            self.init(
                code: .missingKey, path: InventoryError.path(context.codingPath + [key]),
                message: "missing required key '\(key.stringValue)'")
        case .typeMismatch(let type, let context):
            self.init(
                code: .wrongType, path: InventoryError.path(context.codingPath),
                message: "expected \(InventoryError.jsonKind(type))" + InventoryError.found(context.debugDescription))
        case .valueNotFound(let type, let context):
            self.init(
                code: .wrongType, path: InventoryError.path(context.codingPath),
                message: "expected \(InventoryError.jsonKind(type)), found null")
        case .dataCorrupted(let context):
            let underlying = context.underlyingError.map { error -> String in
                let nsError = error as NSError
                return (nsError.userInfo[NSDebugDescriptionErrorKey] as? String) ?? "\(error)"
            }
            if context.codingPath.isEmpty {
                self.init(
                    code: .invalidJSON, path: "",
                    message: "invalid JSON: " + (underlying ?? context.debugDescription))
            } else {
                self.init(
                    code: .invalidValue, path: InventoryError.path(context.codingPath),
                    message: context.debugDescription)
            }
        @unknown default:
            self.init(code: .invalidJSON, path: "", message: "\(decodingError)")
        }
    }

    private static func jsonKind(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type, is Int64.Type: return "an integer"
        case is Bool.Type: return "a boolean"
        case is Double.Type: return "a number"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") { return "an array" }
            if name.hasPrefix("Dictionary") || name.contains("Keyed") { return "an object" }
            return "a value of type \(name)"
        }
    }

    /// ", found a number" from Foundation's "... but found number instead." (when it says so).
    private static func found(_ debugDescription: String) -> String {
        guard let range = debugDescription.range(of: "but found ") else { return "" }
        var rest = debugDescription[range.upperBound...]
        if let end = rest.range(of: " instead") { rest = rest[..<end.lowerBound] }
        return ", found " + rest
    }
}
