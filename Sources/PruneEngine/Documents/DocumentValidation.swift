import CodeArtifactModel
import PruneManifest

/// Checks of the values in saved plans and reports beyond their types: what no manifest
/// could have produced is refused (exit 65) before anything reaches the network.
enum DocumentValidation {
    /// Problems with run settings, each `path: what is wrong`.
    static func settings(_ settings: SettingsDocument, at path: String) -> [String] {
        var problems: [String] = []
        if !(1...Settings.maximumConcurrency).contains(settings.concurrency) {
            problems.append("\(path).concurrency: must be between 1 and \(Settings.maximumConcurrency)")
        }
        if settings.maxDeletions < 0 { problems.append("\(path).maxDeletions: must be at least 0") }
        if let shard = settings.shard, Shard(shard) == nil {
            problems.append("\(path).shard: '\(shard)' is not K/N with 0 <= K < N")
        }
        for (name, rate) in settings.rateLimits.sorted(by: { $0.key < $1.key }) {
            if RateLimitKey(rawValue: name) == nil {
                problems.append("\(path).rateLimits.\(name): unknown rate limit")
            } else if !(rate.isFinite && rate > 0) {
                problems.append("\(path).rateLimits.\(name): must be a number greater than 0")
            }
        }
        return problems
    }

    /// Problems with a package's coordinates.
    static func coordinates(_ coordinates: PackageCoordinates, at path: String) -> [String] {
        var problems: [String] = []
        if !NameRules.isDomainName(coordinates.domain) { problems.append("\(path).domain: not a valid domain name") }
        if let owner = coordinates.domainOwner, !NameRules.isAccountId(owner) {
            problems.append("\(path).domainOwner: must be 12 digits")
        }
        if let region = coordinates.region, !NameRules.isRegion(region) {
            problems.append("\(path).region: not an AWS region")
        }
        if !NameRules.isRepositoryName(coordinates.repository) {
            problems.append("\(path).repository: not a valid repository name")
        }
        if !NameRules.isPackageName(coordinates.package) {
            problems.append("\(path).package: not a valid package name")
        }
        switch (coordinates.format.namespaceRule, coordinates.namespace) {
        case (.forbidden, .some):
            problems.append("\(path).namespace: format \(coordinates.format.rawValue) has no namespaces")
        case (.required, .none):
            problems.append("\(path).namespace: format \(coordinates.format.rawValue) needs one")
        case (_, .some(let namespace)) where !NameRules.isPackageName(namespace):
            problems.append("\(path).namespace: not a valid namespace")
        default: break
        }
        return problems
    }

    /// Problems with one version to act on and the status it was planned in.
    static func version(_ version: String, at versionPath: String, status: PackageVersionStatus, at statusPath: String)
        -> [String]
    {
        var problems: [String] = []
        if !NameRules.isPackageName(version) {
            problems.append("\(versionPath): '\(version)' is not a valid version")
        }
        if status == .deleted { problems.append("\(statusPath): a Deleted version is never acted on") }
        return problems
    }

    /// A byte count must not be negative (no measurement gives one).
    static func size(_ size: Int64?, at path: String) -> [String] {
        guard let size, size < 0 else { return [] }
        return ["\(path): \(size) is not a size (bytes, 0 or more)"]
    }
}

extension PlanDocument {
    /// Every value no manifest could have produced, each `json.path: what is wrong`.
    public func validationProblems() -> [String] {
        var problems = DocumentValidation.settings(settings, at: "settings")
        problems += DocumentValidation.size(summary.bytes, at: "summary.bytes")
        for (target, bytes) in (summary.bytesByTarget ?? [:]).sorted(by: { $0.key < $1.key }) {
            problems += DocumentValidation.size(bytes, at: "summary.bytesByTarget.\(target)")
        }
        if let unknown = summary.versionsUnknownSize, unknown < 0 {
            problems.append("summary.versionsUnknownSize: must be at least 0")
        }
        var seen = Set<String>()
        for (index, entry) in actions.enumerated() {
            let path = "actions[\(index)]"
            if entry.action == nil { problems.append("\(path).action: missing; every entry of actions needs one") }
            problems += DocumentValidation.coordinates(entry.coordinates, at: path)
            problems += DocumentValidation.version(
                entry.version, at: "\(path).version", status: entry.status, at: "\(path).status")
            if entry.target.isEmpty { problems.append("\(path).target: empty") }
            problems += DocumentValidation.size(entry.size, at: "\(path).size")
            let key = entry.coordinates.sortKey.joined(separator: "\u{0}") + "\u{0}" + entry.version
            if !seen.insert(key).inserted { problems.append("\(path): the same version is listed twice") }
        }
        return problems
    }
}

extension ReportDocument {
    /// Every value no run could have produced, each `json.path: what is wrong`.
    public func validationProblems() -> [String] {
        var problems = DocumentValidation.settings(settings, at: "settings")
        problems += DocumentValidation.size(summary.bytesFreed, at: "summary.bytesFreed")
        for (index, entry) in packages.enumerated() {
            let path = "packages[\(index)]"
            problems += DocumentValidation.coordinates(entry.coordinates, at: path)
            for (version, failure) in entry.failedVersions.sorted(by: { $0.key < $1.key }) {
                problems += DocumentValidation.version(
                    version, at: "\(path).failedVersions.\(version)", status: failure.plannedStatus,
                    at: "\(path).failedVersions.\(version).plannedStatus")
                problems += DocumentValidation.size(failure.size, at: "\(path).failedVersions.\(version).size")
            }
            for (version, success) in entry.successfulVersions.sorted(by: { $0.key < $1.key }) {
                problems += DocumentValidation.size(success.size, at: "\(path).successfulVersions.\(version).size")
            }
        }
        return problems
    }
}
