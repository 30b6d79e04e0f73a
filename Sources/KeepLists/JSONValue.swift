/// A JSON value with the line and column it starts at: lockfiles and SBOMs are JSON, and
/// "listed in FILE:LINE" needs the line of each entry, which Foundation's decoder drops.
indirect enum JSONValue: Sendable {
    case object([JSONMember])
    case array([JSONValue.Located])
    case string(String)
    case number(String)
    case bool(Bool)
    case null

    /// A value and its place.
    struct Located: Sendable {
        var value: JSONValue
        var line: Int
        var column: Int

        /// The member named `key`, when this is an object that has it.
        subscript(key: String) -> Located? {
            guard case .object(let members) = value else { return nil }
            return members.last { $0.key == key }?.value
        }

        var string: String? {
            if case .string(let text) = value { return text }
            return nil
        }

        var members: [JSONMember] {
            if case .object(let members) = value { return members }
            return []
        }

        var elements: [Located] {
            if case .array(let elements) = value { return elements }
            return []
        }
    }
}

/// One `"key": value` of an object, with the key's line.
struct JSONMember: Sendable {
    var key: String
    var line: Int
    var value: JSONValue.Located
}
