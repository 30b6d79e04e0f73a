import PruneManifest

/// A YAML lockfile read through the project's libyaml reader (`pnpm-lock.yaml`, Berry's
/// `yarn.lock`), with the small lookups the readers need.
enum YAMLLockDocument {
    /// The root node; the first YAML error becomes a located `KeepListError`.
    static func load(_ bytes: [UInt8]) throws(KeepListError) -> YAMLNode {
        let (root, diagnostics) = YAMLDocumentLoader.load(SourceText(bytes: bytes))
        if let error = diagnostics.first(where: { $0.severity == .error }) {
            throw KeepListError(error.message, line: error.location.line, column: error.location.column)
        }
        guard let root else { return YAMLNode(.mapping([]), at: .start) }
        return root
    }

    static func entries(_ node: YAMLNode?) -> [YAMLMappingEntry] {
        guard let node, case .mapping(let entries) = node.kind else { return [] }
        return entries
    }

    static func value(_ node: YAMLNode?, _ key: String) -> YAMLNode? {
        entries(node).last { $0.key == key }?.value
    }

    static func string(_ node: YAMLNode?, _ key: String) -> String? {
        guard let node = value(node, key), case .scalar(let scalar) = node.kind else { return nil }
        return scalar.text
    }
}
