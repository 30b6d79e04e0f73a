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

    /// A syntax error with its line and column, from JSONSerialization's byte offset (the
    /// decoder does not say where); `nil` if it does not say either.
    static func syntax(in data: Data) -> InventoryError? {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return nil
        } catch {
            let detail = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? "\(error)"
            guard let range = detail.range(of: "character "),
                let offset = Int(detail[range.upperBound...].prefix { $0.isNumber })
            else {
                return InventoryError(code: .invalidJSON, path: "", message: "invalid JSON: \(detail)")
            }
            var line = 1
            var column = 1
            for byte in data.prefix(offset) {
                if byte == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
            }
            return InventoryError(
                code: .invalidJSON, path: "", message: "invalid JSON at line \(line), column \(column): \(detail)")
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
