/// Builds the node tree of a one-document YAML stream from libyaml's events.
///
/// It refuses what a plan never needs and an attacker might send: more than one document,
/// nesting deeper than `maximumDepth`, aliases that would expand past
/// `maximumAliasExpansion` nodes (a "billion laughs"), undefined or self-referencing
/// aliases, non-scalar keys and duplicate keys. `<<` merge keys are supported, so shared
/// settings can be written once with an anchor.
public struct YAMLDocumentLoader {
    /// Deepest nesting of mappings and sequences accepted.
    public static let maximumDepth = 128
    /// Most nodes that aliases may add, counted as if every alias were copied out.
    public static let maximumAliasExpansion = 100_000

    /// The root node (nil for an empty stream or on a syntax error) and every problem found.
    public static func load(_ source: SourceText) -> (root: YAMLNode?, diagnostics: [Diagnostic]) {
        var loader = Builder(reader: LibYAMLEventReader(source: source))
        do {
            let root = try loader.loadStream()
            return (root, loader.diagnostics)
        } catch {
            return (nil, loader.diagnostics + [error.diagnostic])
        }
    }
}

private struct Builder {
    let reader: LibYAMLEventReader
    var diagnostics: [Diagnostic] = []
    /// Anchored nodes with their weight (node count as if expanded).
    var anchors: [String: (node: YAMLNode, weight: Int)] = [:]
    var aliasExpansion = 0

    init(reader: LibYAMLEventReader) { self.reader = reader }

    mutating func loadStream() throws(YAMLSyntaxError) -> YAMLNode? {
        var event = try reader.next()
        guard case .streamStart = event.kind else { return nil }
        event = try reader.next()
        guard case .documentStart = event.kind else { return nil }
        let (root, _) = try loadNode(try reader.next(), depth: 0)
        _ = try reader.next()  // document end
        event = try reader.next()
        if case .documentStart = event.kind {
            throw YAMLSyntaxError(
                diagnostic: .error(
                    "a second YAML document starts here; a plan file holds exactly one document (remove the '---' and what follows, or split the file)",
                    at: event.location))
        }
        return root
    }

    /// Builds the node that starts with `event`; returns it with its weight.
    mutating func loadNode(_ event: YAMLEvent, depth: Int) throws(YAMLSyntaxError) -> (YAMLNode, Int) {
        if depth > YAMLDocumentLoader.maximumDepth {
            throw YAMLSyntaxError(
                diagnostic: .error(
                    "nesting deeper than \(YAMLDocumentLoader.maximumDepth) levels; a plan never needs this much",
                    at: event.location))
        }
        switch event.kind {
        case .alias(let name):
            guard let anchored = anchors[name] else {
                let hint = Suggestion.closest(to: name, among: Array(anchors.keys).sorted()).map {
                    " (did you mean '*\($0)'?)"
                }
                throw YAMLSyntaxError(
                    diagnostic: .error(
                        "alias '*\(name)' refers to no anchor defined before it\(hint ?? "; define '&\(name)' first (an anchor cannot refer to itself)")",
                        at: event.location))
            }
            aliasExpansion += anchored.weight
            if aliasExpansion > YAMLDocumentLoader.maximumAliasExpansion {
                throw YAMLSyntaxError(
                    diagnostic: .error(
                        "aliases expand to more than \(YAMLDocumentLoader.maximumAliasExpansion) nodes (an alias bomb?); write the values out or use fewer aliases",
                        at: event.location))
            }
            return (YAMLNode(anchored.node.kind, at: event.location), anchored.weight)
        case .scalar(let scalar, let anchor):
            if !scalar.hasSupportedTag {
                diagnostics.append(
                    .error("unsupported YAML tag '\(scalar.tag ?? "")'; remove the tag", at: event.location))
            }
            let node = YAMLNode(.scalar(scalar), at: event.location)
            return remember(node, weight: 1, anchor: anchor)
        case .sequenceStart(let anchor, _):
            var items: [YAMLNode] = []
            var weight = 1
            while true {
                let next = try reader.next()
                if case .sequenceEnd = next.kind { break }
                let (item, itemWeight) = try loadNode(next, depth: depth + 1)
                items.append(item)
                weight += itemWeight
            }
            return remember(YAMLNode(.sequence(items), at: event.location), weight: weight, anchor: anchor)
        case .mappingStart(let anchor, _):
            let (entries, weight) = try loadMapping(depth: depth)
            return remember(YAMLNode(.mapping(entries), at: event.location), weight: weight, anchor: anchor)
        default:
            throw YAMLSyntaxError(diagnostic: .error("unexpected YAML structure", at: event.location))
        }
    }

    mutating func loadMapping(depth: Int) throws(YAMLSyntaxError) -> ([YAMLMappingEntry], Int) {
        var entries: [YAMLMappingEntry] = []
        var seen: [String: SourceLocation] = [:]
        var merged: [YAMLMappingEntry] = []
        var weight = 1
        while true {
            let keyEvent = try reader.next()
            if case .mappingEnd = keyEvent.kind { break }
            let (keyNode, keyWeight) = try loadNode(keyEvent, depth: depth + 1)
            let (value, valueWeight) = try loadNode(try reader.next(), depth: depth + 1)
            weight += keyWeight + valueWeight
            guard case .scalar(let keyScalar) = keyNode.kind else {
                diagnostics.append(
                    .error("a mapping key must be a plain name, not \(keyNode.kindDescription)", at: keyNode.location))
                continue
            }
            if keyScalar.text == "<<", keyScalar.style == .plain {
                merged += mergeSources(value)
                continue
            }
            if let first = seen[keyScalar.text] {
                diagnostics.append(
                    .error(
                        "duplicate key '\(keyScalar.text)' (first set at line \(first.line)); keep one of them",
                        at: keyNode.location))
                continue
            }
            seen[keyScalar.text] = keyNode.location
            entries.append(YAMLMappingEntry(key: keyScalar.text, keyLocation: keyNode.location, value: value))
        }
        // Explicit keys win over merged ones; among merged sources the first wins, as in YAML 1.1.
        for entry in merged where seen[entry.key] == nil {
            seen[entry.key] = entry.keyLocation
            entries.append(entry)
        }
        return (entries, weight)
    }

    /// The entries a `<<` value brings in: a mapping, or a list of mappings.
    mutating func mergeSources(_ value: YAMLNode) -> [YAMLMappingEntry] {
        switch value.kind {
        case .mapping(let entries): return entries
        case .sequence(let items):
            var result: [YAMLMappingEntry] = []
            for item in items {
                if case .mapping(let entries) = item.kind {
                    result += entries
                } else {
                    diagnostics.append(
                        .error("'<<' merges mappings only, found \(item.kindDescription)", at: item.location))
                }
            }
            return result
        case .scalar:
            diagnostics.append(
                .error(
                    "'<<' merges a mapping (usually an alias like '<<: *defaults'), found \(value.kindDescription)",
                    at: value.location))
            return []
        }
    }

    mutating func remember(_ node: YAMLNode, weight: Int, anchor: String?) -> (YAMLNode, Int) {
        if let anchor { anchors[anchor] = (node, weight) }
        return (node, weight)
    }
}
