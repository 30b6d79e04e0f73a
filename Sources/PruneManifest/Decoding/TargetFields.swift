import CodeArtifactModel

/// The keys a target may inherit from `defaults`, as written (with their places), before
/// inheritance and the cross-key checks.
struct TargetFields {
    var domain: Located<String>?
    var domainOwner: Located<String>?
    var region: Located<String>?
    var repository: Located<PatternList>?
    var format: Located<PackageFormat>?
    var namespace: Located<PatternList>?
    /// Entries of `namespace`, kept for the npm '@' check once the format is known.
    var namespaceEntries: [Located<String>] = []
    var action: Located<TargetAction>?
    var allowEmptyPackage: Located<Bool>?
    /// Keys written (valid or not), so an invalid default is not also reported as missing.
    var writtenKeys: Set<String> = []

    /// Own values win; the rest come from `defaults`.
    func inheriting(from defaults: TargetFields) -> TargetFields {
        var merged = self
        merged.domain = domain ?? defaults.domain
        merged.domainOwner = domainOwner ?? defaults.domainOwner
        merged.region = region ?? defaults.region
        merged.repository = repository ?? defaults.repository
        merged.format = format ?? defaults.format
        if namespace == nil {
            merged.namespace = defaults.namespace
            merged.namespaceEntries = defaults.namespaceEntries
        }
        merged.action = action ?? defaults.action
        merged.allowEmptyPackage = allowEmptyPackage ?? defaults.allowEmptyPackage
        merged.writtenKeys.formUnion(defaults.writtenKeys)
        return merged
    }
}
