/// The manifest, if valid, and every diagnostic (errors and warnings) in source order.
public struct ManifestParseResult: Sendable {
    /// The validated manifest; nil when there is any error.
    public var manifest: Manifest?
    /// Errors and warnings, sorted by location.
    public var diagnostics: [Diagnostic]
}

/// Reads a plan manifest: libyaml events → node tree → validated `Manifest`.
public enum ManifestParser {
    /// Largest manifest accepted, in bytes.
    public static let maximumSize = 32 * 1024 * 1024

    /// Parses and validates manifest bytes. Never throws and never touches the network.
    public static func parse(_ source: SourceText) -> ManifestParseResult {
        let bytes = source.bytes
        if bytes.count > maximumSize {
            return failure(
                "the plan is \(bytes.count) bytes, more than the \(maximumSize) bytes (32 MiB) a plan may have; split it into several plans"
            )
        }
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) {
            return failure("the plan is UTF-16 encoded; save it as UTF-8")
        }
        let (root, yamlDiagnostics) = YAMLDocumentLoader.load(source)
        guard let root, !yamlDiagnostics.containsErrors else {
            if yamlDiagnostics.isEmpty {
                return failure("the plan is empty; it needs 'version: 1' and at least one target")
            }
            return ManifestParseResult(manifest: nil, diagnostics: unique(yamlDiagnostics).sortedBySource())
        }
        if case .scalar(let scalar) = root.kind, case .null = scalar.resolved {
            return ManifestParseResult(
                manifest: nil,
                diagnostics: [
                    .error("the plan is empty; it needs 'version: 1' and at least one target", at: root.location)
                ])
        }
        var decoder = ManifestDecoder()
        let manifest = decoder.decode(root)
        let diagnostics = unique(yamlDiagnostics + decoder.diagnostics).sortedBySource()
        return ManifestParseResult(manifest: diagnostics.containsErrors ? nil : manifest, diagnostics: diagnostics)
    }

    /// Parses manifest bytes.
    public static func parse(bytes: [UInt8]) -> ManifestParseResult {
        parse(SourceText(bytes: bytes))
    }

    private static func failure(_ message: String) -> ManifestParseResult {
        ManifestParseResult(manifest: nil, diagnostics: [.error(message, at: .start)])
    }

    /// Drops repeats (an inherited default can be wrong for several targets at once).
    private static func unique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        return diagnostics.filter { seen.insert($0).inserted }
    }
}
