import CodeArtifactModel

/// `select`, `keep` and the pattern lists they use.
extension ManifestDecoder {
    static let selectKeys = ["versions", "status", "origin", "olderThan"]
    static let keepKeys = ["latest", "order", "newerThan", "versions", "listedIn"]

    mutating func decodeSelection(_ node: YAMLNode) -> Selection? {
        guard let reader = mapping(node, context: "select", what: "select") else { return nil }
        diagnostics += reader.unknownKeys(allowed: Self.selectKeys)
        var selection = Selection()
        if let node = reader["versions"],
            let entries = stringList(
                node, key: "select.versions", removalHint: "remove the key to select every version")
        {
            selection.versions = patternList(entries, key: "select.versions", noun: "version")
        }
        if let node = reader["status"],
            let entries = stringList(
                node, key: "select.status", removalHint: "remove the key to select every status but Deleted")
        {
            var statuses = Set<PackageVersionStatus>()
            for entry in entries {
                if entry.value == PackageVersionStatus.deleted.rawValue {
                    report(
                        "'Deleted' versions are never candidates; remove it from 'select.status'", at: entry.location)
                } else if let status = PackageVersionStatus(rawValue: entry.value) {
                    statuses.insert(status)
                } else {
                    let names = PackageVersionStatus.selectable.map(\.rawValue)
                    report(
                        "unknown status '\(entry.value)'\(Suggestion.hint(for: entry.value, among: names)); statuses are \(names.joined(separator: ", "))",
                        at: entry.location)
                }
            }
            selection.statuses = statuses
        }
        if let node = reader["origin"], let origin = enumeration(node, key: "select.origin", of: OriginFilter.self) {
            selection.origin = origin
        }
        if let node = reader["olderThan"] {
            selection.olderThan = duration(node, key: "select.olderThan")
        }
        return selection
    }

    mutating func decodeProtection(_ node: YAMLNode) -> Protection? {
        guard let reader = mapping(node, context: "keep", what: "keep") else { return nil }
        diagnostics += reader.unknownKeys(allowed: Self.keepKeys)
        var protection = Protection()
        if let node = reader["latest"] {
            protection.latest = integer(node, key: "keep.latest", range: 1...Protection.maximumLatest)
        }
        if let node = reader["order"], let order = enumeration(node, key: "keep.order", of: KeepOrder.self) {
            protection.order = order
        }
        if let node = reader["newerThan"] {
            protection.newerThan = duration(node, key: "keep.newerThan")
        }
        if let node = reader["versions"],
            let entries = stringList(
                node, key: "keep.versions", removalHint: "remove the key to keep no version by pattern")
        {
            protection.versions = patternList(entries, key: "keep.versions", noun: "version")
        }
        if let node = reader["listedIn"],
            let entries = stringList(
                node, key: "keep.listedIn", removalHint: "remove the key to keep no version by a list")
        {
            protection.listedIn = keepLists(entries)
        }
        return protection
    }

    /// `keep.listedIn` entries: checked for shape only; the files are read by `KeepLists`.
    mutating func keepLists(_ entries: [Located<String>]) -> [KeepListReference]? {
        var references: [KeepListReference] = []
        for entry in entries {
            if entry.value.isEmpty {
                report("'keep.listedIn' entries must name a file or a glob, found an empty string", at: entry.location)
                return nil
            }
            references.append(KeepListReference(pattern: entry.value, location: entry.location))
        }
        return references
    }

    /// Compiles pattern entries; an entry that can never match a CodeArtifact name is an
    /// error rather than a silent no-op.
    mutating func patternList(
        _ entries: [Located<String>], key: String, noun: String, format: PackageFormat? = nil
    ) -> PatternList? {
        patternList(entries, key: key) { Self.neverMatches($0, noun: noun, format: format) }
    }

    /// Compiles pattern entries under `key`, reporting each that does not compile or that
    /// `problem` finds wrong; nil when any was.
    mutating func patternList(
        _ entries: [Located<String>], key: String, problem: (NamePattern) -> String?
    ) -> PatternList? {
        var patterns: [NamePattern] = []
        var failed = false
        for entry in entries {
            do {
                let pattern = try NamePattern(entry.value)
                if let problem = problem(pattern) {
                    report(problem, at: entry.location)
                    failed = true
                } else {
                    patterns.append(pattern)
                }
            } catch {
                report("in '\(key)': \(error.message)", at: entry.location)
                failed = true
            }
        }
        return failed ? nil : PatternList(patterns)
    }

    /// Why a glob can never match a name of the API's shape (`[^#/\s]+`, 255 at most), if so.
    static func neverMatches(_ pattern: NamePattern, noun: String, format: PackageFormat?) -> String? {
        guard case .glob(let glob) = pattern.matcher else { return nil }
        if format == .npm, noun == "package name", pattern.source.hasPrefix("@") || pattern.source.hasPrefix("!@"),
            glob.literalScalars.contains("/")
        {
            return
                "'\(pattern.source)' can never match: package patterns match the name alone; put the npm scope in 'namespace' (without '@') and write the name here"
        }
        // An exact glob is scanned in place: no array of its scalars for each of 100,000 versions.
        let bad: Unicode.Scalar?
        if let exact = glob.exact {
            bad = NameRules.firstNonNameScalar(in: exact)
        } else {
            bad = glob.literalScalars.first { !NameRules.isNameScalar($0) }
        }
        if let bad {
            let shown = NameRules.isECMAWhitespace(bad) ? "whitespace" : "'\(bad)'"
            return
                "'\(pattern.source)' can never match: a \(noun) never contains \(shown); for a regular expression write /.../"
        }
        // Lengths count Unicode scalars, as the API model does; a string has no more scalars
        // than UTF-8 bytes, so count scalars only when long.
        if let exact = glob.literalValue, exact.utf8.count > NameRules.maximumNameLength,
            exact.unicodeScalars.count > NameRules.maximumNameLength
        {
            return
                "'\(pattern.source)' can never match: a \(noun) is at most \(NameRules.maximumNameLength) characters"
        }
        return nil
    }
}
