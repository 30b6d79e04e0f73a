/// A YAML node with the place it starts at. Aliases are already resolved: an alias is the
/// anchored node itself (shared, not copied), so a tree is never bigger in memory than its
/// source.
public struct YAMLNode: Sendable {
    /// What the node holds.
    public enum Kind: Sendable {
        /// A scalar, unresolved: its text, how it was written and its explicit tag.
        case scalar(YAMLScalar)
        /// A sequence of nodes.
        case sequence([YAMLNode])
        /// A mapping; keys are unique and in source order.
        case mapping([YAMLMappingEntry])
    }

    /// What the node holds.
    public var kind: Kind
    /// Where the node starts (for a mapping or sequence, its first token).
    public var location: SourceLocation

    /// Creates a node.
    public init(_ kind: Kind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }

    /// The kind in words, for "expected a mapping, found a sequence".
    public var kindDescription: String {
        switch kind {
        case .scalar(let scalar): return scalar.resolvedDescription
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }
}

/// One `key: value` pair of a mapping. Keys are always scalars (anything else is rejected
/// while building the tree).
public struct YAMLMappingEntry: Sendable {
    /// The key's text.
    public var key: String
    /// Where the key starts.
    public var keyLocation: SourceLocation
    /// The value.
    public var value: YAMLNode

    /// Creates an entry.
    public init(key: String, keyLocation: SourceLocation, value: YAMLNode) {
        self.key = key
        self.keyLocation = keyLocation
        self.value = value
    }
}
