/// Why an inventory file could not be read: which value (as a JSON path such as
/// `domains[0].repositories[3].packages[12].versions[4].status`) and what is wrong with it.
///
/// Callers match on ``code``; new codes break nobody. The CLI prints ``description`` and exits 65.
public struct InventoryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of problem.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private enum Base: String, Sendable, Hashable {
            case invalidJSON, missingKey, wrongType, invalidValue, duplicate, unsupportedVersion, unreadable
        }

        private let base: Base

        private init(_ base: Base) { self.base = base }

        /// The file is not JSON (a syntax error, or not UTF-8).
        public static let invalidJSON = Code(.invalidJSON)
        /// A required key is missing.
        public static let missingKey = Code(.missingKey)
        /// A value has the wrong JSON type (or is `null`).
        public static let wrongType = Code(.wrongType)
        /// A value breaks a rule: a pattern, an enum, a length, a namespace rule.
        public static let invalidValue = Code(.invalidValue)
        /// Two entries have the same identity (two versions of one package with the same string...).
        public static let duplicate = Code(.duplicate)
        /// `inventoryVersion` is not a version this program reads.
        public static let unsupportedVersion = Code(.unsupportedVersion)
        /// The file could not be read at all.
        public static let unreadable = Code(.unreadable)

        /// The code's name, e.g. `invalidValue`.
        public var description: String { base.rawValue }
    }

    /// The kind of problem.
    public let code: Code
    /// The JSON path of the offending value (`domains[0].name`); empty for the whole document.
    public let path: String
    /// What is wrong, for people.
    public let message: String

    /// Creates an error.
    public init(code: Code, path: String, message: String) {
        self.code = code
        self.path = path
        self.message = message
    }

    /// `path: message`, or the message alone for the whole document.
    public var description: String { path.isEmpty ? message : "\(path): \(message)" }

    /// The JSON path of a coding path: keys joined by dots, array indexes in brackets.
    static func path(_ codingPath: [any CodingKey]) -> String {
        var text = ""
        for key in codingPath {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                if !text.isEmpty { text += "." }
                text += key.stringValue
            }
        }
        return text
    }

    /// An error for the value at `codingPath` (plus `key`, when given).
    static func at(
        _ codingPath: [any CodingKey], _ key: (any CodingKey)? = nil, code: Code, _ message: String
    ) -> InventoryError {
        InventoryError(code: code, path: path(key.map { codingPath + [$0] } ?? codingPath), message: message)
    }
}
