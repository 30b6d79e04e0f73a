import CodeArtifactModel
import Foundation

/// `defaults` and `targets`.
extension ManifestDecoder {
    static let inheritableKeys = [
        "domain", "domainOwner", "region", "repository", "format", "namespace", "action", "allowEmptyPackage",
    ]
    static let targetKeys = ["name"] + inheritableKeys + ["packages", "select", "keep"]

    mutating func decodeDefaults(_ node: YAMLNode) -> TargetFields? {
        guard let reader = mapping(node, context: "defaults", what: "defaults") else { return nil }
        diagnostics += reader.unknownKeys(allowed: Self.inheritableKeys)
        return decodeInheritable(reader)
    }

    /// Reads the keys shared by `defaults` and targets.
    mutating func decodeInheritable(_ reader: MappingReader) -> TargetFields {
        var fields = TargetFields()
        fields.writtenKeys = Set(reader.entries.map(\.key))
        if let node = reader["domain"], let text = string(node, key: "domain") {
            if NameRules.isDomainName(text) {
                fields.domain = Located(value: text, location: node.location)
            } else if text.count > 50 {
                report("domain name '\(text)' is \(text.count) characters, more than the 50 allowed", at: node.location)
            } else {
                report(
                    "'\(text)' is not a valid domain name (2 to 50 characters: lowercase letters, digits and '-', starting with a letter)",
                    at: node.location)
            }
        }
        if let node = reader["domainOwner"] {
            if case .scalar(let scalar) = node.kind, case .int = scalar.resolved {
                report(
                    "'domainOwner' must be a string of 12 digits, found the number \(scalar.text); quote it: \"\(scalar.text)\"",
                    at: node.location)
            } else if let text = string(node, key: "domainOwner") {
                if NameRules.isAccountId(text) {
                    fields.domainOwner = Located(value: text, location: node.location)
                } else {
                    report(
                        "'domainOwner' must be an AWS account id of exactly 12 digits, found '\(text)'",
                        at: node.location)
                }
            }
        }
        if let node = reader["region"], let text = string(node, key: "region") {
            if NameRules.isRegion(text) {
                fields.region = Located(value: text, location: node.location)
            } else {
                report("'\(text)' is not an AWS region; write a region code like us-east-1", at: node.location)
            }
        }
        if let node = reader["repository"],
            let entries = stringList(
                node, key: "repository", removalHint: "name a repository, or a pattern such as \"npm-*\"")
        {
            if let list = repositoryPatterns(entries) {
                fields.repository = Located(value: list, location: node.location)
            }
        }
        if let node = reader["format"], let format = enumeration(node, key: "format", of: PackageFormat.self) {
            fields.format = Located(value: format, location: node.location)
        }
        if let node = reader["namespace"],
            let entries = stringList(
                node, key: "namespace", removalHint: "remove the key, or write \"*\" for every namespace")
        {
            fields.namespaceEntries = entries
            if let list = patternList(entries, key: "namespace", noun: "namespace") {
                fields.namespace = Located(value: list, location: node.location)
            }
        }
        if let node = reader["action"], let action = enumeration(node, key: "action", of: TargetAction.self) {
            fields.action = Located(value: action, location: node.location)
        }
        if let node = reader["allowEmptyPackage"], let allow = bool(node, key: "allowEmptyPackage") {
            fields.allowEmptyPackage = Located(value: allow, location: node.location)
        }
        return fields
    }

    mutating func decodeTargets(_ node: YAMLNode?, top: MappingReader, defaults: TargetFields) -> [Target]? {
        guard let node else {
            report("missing 'targets': a plan needs at least one target", at: top.location)
            return nil
        }
        guard case .sequence(let items) = node.kind else {
            report(
                "'targets' must be a list of targets (each starting with '- name: ...'), found \(node.kindDescription)",
                at: node.location)
            return nil
        }
        guard !items.isEmpty else {
            report("'targets' is empty; a plan needs at least one target", at: node.location)
            return nil
        }
        var targets: [Target] = []
        var names: [String: SourceLocation] = [:]
        for (index, item) in items.enumerated() {
            guard let target = decodeTarget(item, index: index, defaults: defaults, names: &names) else { continue }
            targets.append(target)
        }
        return targets.count == items.count ? targets : nil
    }

    mutating func decodeTarget(
        _ node: YAMLNode, index: Int, defaults: TargetFields, names: inout [String: SourceLocation]
    ) -> Target? {
        let errorsBefore = diagnostics.filter { $0.severity == .error }.count
        var label = "targets[\(index)]"
        var name: String?
        if case .mapping(let entries) = node.kind, let nameEntry = entries.first(where: { $0.key == "name" }),
            case .scalar(let scalar) = nameEntry.value.kind, case .string(let text) = scalar.resolved
        {
            label = "target '\(text)'"
        }
        guard let reader = mapping(node, context: label, what: label) else { return nil }
        diagnostics += reader.unknownKeys(allowed: Self.targetKeys)

        if let nameNode = reader["name"], let text = string(nameNode, key: "name") {
            if let first = names[text] {
                report(
                    "duplicate target name '\(text)' (first used at line \(first.line)); target names must be unique",
                    at: nameNode.location)
            } else if text.isEmpty {
                report("target name is empty; give every target a unique name", at: nameNode.location)
            } else if text.count > 128
                || text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
            {
                report("target name must be at most 128 characters, without control characters", at: nameNode.location)
            } else {
                names[text] = nameNode.location
                name = text
            }
        } else if reader["name"] == nil {
            report("\(label) has no 'name'; every target needs a unique name", at: reader.location)
        }

        let own = decodeInheritable(reader)
        let fields = own.inheriting(from: defaults)
        for key in ["domain", "repository", "format"] where !fields.writtenKeys.contains(key) {
            report("\(label) has no '\(key)'; set it here or in 'defaults'", at: reader.location)
        }

        let namespace = checkNamespace(fields: fields, own: own, reader: reader, label: label)
        var packages = PatternList.everything
        if let node = reader["packages"],
            let entries = stringList(node, key: "packages", removalHint: "remove the key to match every package"),
            let list = patternList(entries, key: "packages", noun: "package name", format: fields.format?.value)
        {
            packages = list
        }
        let select = reader["select"].flatMap { decodeSelection($0) }
        let keep = reader["keep"].flatMap { decodeProtection($0) }
        if reader["select"] == nil && reader["keep"] == nil {
            warn(
                "\(label) has neither 'select' nor 'keep': every version of every package it matches is acted on, except the last-version guard's",
                at: reader.location)
        }

        let errorsAfter = diagnostics.filter { $0.severity == .error }.count
        guard errorsAfter == errorsBefore, let name, let domain = fields.domain, let repository = fields.repository,
            let format = fields.format
        else { return nil }
        return Target(
            name: name, domain: domain.value, domainOwner: fields.domainOwner?.value, region: fields.region?.value,
            repository: repository.value, format: format.value, namespace: namespace, packages: packages,
            select: select, keep: keep, action: fields.action?.value ?? .delete,
            allowEmptyPackage: fields.allowEmptyPackage?.value ?? false, location: reader.location)
    }

    /// Applies the namespace rules of `docs/spec/manifest.md` once the format is known.
    mutating func checkNamespace(fields: TargetFields, own: TargetFields, reader: MappingReader, label: String)
        -> PatternList?
    {
        guard let format = fields.format?.value else { return fields.namespace?.value }
        switch format.namespaceRule {
        case .forbidden:
            if let entry = reader.entry("namespace") {
                report(
                    "format '\(format.rawValue)' has no namespaces; remove 'namespace' from this target",
                    at: entry.keyLocation)
            }
            return nil
        case .required:
            if !fields.writtenKeys.contains("namespace") {
                report(
                    "\(label) has no 'namespace'; format '\(format.rawValue)' needs one (\(format.namespaceMeaning)), or \"*\" for every namespace",
                    at: reader.location)
            }
        case .optional:
            for entry in fields.namespaceEntries {
                let body = entry.value.hasPrefix("!") ? entry.value.dropFirst() : Substring(entry.value)
                if body.hasPrefix("@") {
                    report(
                        "npm scopes are written without '@' in 'namespace': write '\(entry.value.replacingOccurrences(of: "@", with: ""))'",
                        at: entry.location)
                }
            }
        }
        return fields.namespace?.value
    }
}
