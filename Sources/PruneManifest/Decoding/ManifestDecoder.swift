import Foundation

/// Turns the node tree into a `Manifest`, collecting every problem rather than stopping
/// at the first: a user fixing a plan wants the whole list at once.
struct ManifestDecoder {
    var diagnostics: [Diagnostic] = []

    static let topLevelKeys = ["version", "defaults", "settings", "targets"]

    mutating func report(_ message: String, at location: SourceLocation) {
        diagnostics.append(.error(message, at: location))
    }

    mutating func warn(_ message: String, at location: SourceLocation) {
        diagnostics.append(.warning(message, at: location))
    }

    /// The manifest, or nil when any error was found.
    mutating func decode(_ root: YAMLNode) -> Manifest? {
        guard case .mapping = root.kind else {
            report(
                "a plan must be a mapping with 'version: 1' and 'targets', found \(root.kindDescription)",
                at: root.location)
            return nil
        }
        guard let top = mapping(root, context: "the top level", what: "plan") else { return nil }
        diagnostics += top.unknownKeys(allowed: Self.topLevelKeys)

        guard let versionNode = top["version"] else {
            report("missing 'version: 1' at the top of the plan", at: top.location)
            return nil
        }
        guard let version = integer(versionNode, key: "version", range: Int.min...Int.max) else { return nil }
        guard version == 1 else {
            report("unsupported plan version \(version); this prune reads 'version: 1'", at: versionNode.location)
            return nil
        }

        let defaults = top["defaults"].flatMap { decodeDefaults($0) } ?? TargetFields()
        let settings = top["settings"].flatMap { decodeSettings($0) } ?? Settings()
        let targets = decodeTargets(top["targets"], top: top, defaults: defaults)

        guard !diagnostics.containsErrors, let targets else { return nil }
        return Manifest(version: version, settings: settings, targets: targets)
    }

    // MARK: - Settings

    static let settingsKeys = ["concurrency", "rateLimits", "maxDeletions", "now", "storagePrice"]

    mutating func decodeSettings(_ node: YAMLNode) -> Settings? {
        guard let reader = mapping(node, context: "settings", what: "settings") else { return nil }
        diagnostics += reader.unknownKeys(allowed: Self.settingsKeys)
        var settings = Settings()
        if let value = reader["concurrency"],
            let concurrency = integer(value, key: "settings.concurrency", range: 1...Settings.maximumConcurrency)
        {
            settings.concurrency = concurrency
        }
        if let value = reader["maxDeletions"],
            let maximum = integer(value, key: "settings.maxDeletions", range: 0...Int.max)
        {
            settings.maxDeletions = maximum
        }
        if let value = reader["now"], let now = timestamp(value, key: "settings.now") {
            settings.now = now
        }
        if let value = reader["storagePrice"],
            let price = positiveNumber(value, key: "settings.storagePrice", unit: "USD per GB-month")
        {
            settings.storagePrice = price
        }
        if let value = reader["rateLimits"],
            let limits = mapping(value, context: "settings.rateLimits", what: "rateLimits")
        {
            let names = RateLimitKey.allCases.map(\.rawValue)
            for entry in limits.entries {
                guard let key = RateLimitKey(rawValue: entry.key) else {
                    report(
                        "unknown rate limit '\(entry.key)'\(Suggestion.hint(for: entry.key, among: names)); name an operation (\(names.prefix(6).joined(separator: ", "))) or 'reads'/'writes'",
                        at: entry.keyLocation)
                    continue
                }
                if let rate = positiveNumber(entry.value, key: "settings.rateLimits." + entry.key) {
                    settings.rateLimits[key] = rate
                }
            }
        }
        return settings
    }
}
