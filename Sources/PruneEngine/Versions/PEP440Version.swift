/// A Python version as `packaging.version.Version` parses and orders it (PEP 440).
///
/// What parses is `packaging`'s `VERSION_PATTERN`, matched case-insensitively against the
/// whole string after trimming Python whitespace (`str.isspace`, so U+202F and U+2029 too):
/// optional `v`; optional epoch `N!`; release `N(.N)*`; optional pre-release
/// (`[._-]?(alpha|a|beta|b|preview|pre|c|rc)[._-]?N?`); optional post-release (`-N`, or
/// `[._-]?(post|rev|r)[._-]?N?`); optional dev release (`[._-]?dev[._-]?N?`); optional local
/// version `+[a-z0-9]+([._-][a-z0-9]+)*`. Digits and letters are ASCII only (as the test suite
/// pins: Arabic-Indic digits and `1.0+\u{130}` are invalid). Numbers are unbounded, like
/// Python's `int`.
///
/// Order is `packaging`'s `_cmpkey`: epoch, release without trailing zeros, pre (a dev release
/// with neither pre nor post sorts before every pre-release), post, dev, local (alphanumeric
/// segments below numeric ones; a missing local below any local).
struct PEP440Version: Sendable {
    enum Phase: UInt8, Sendable { case alpha = 0, beta = 1, candidate = 2 }

    /// The pre-release part of the key, including the "dev release before all pre-releases" trick.
    enum PreKey: Sendable {
        case devOnly
        case pre(Phase, VersionNumber)
        case none
    }

    enum LocalSegment: Sendable {
        /// Lowercased letters and digits with at least one letter.
        case alphanumeric(String)
        case numeric(VersionNumber)
    }

    var epoch: VersionNumber
    /// Without trailing zeros (`1.0` and `1` are the same release).
    var release: [VersionNumber]
    var pre: PreKey
    /// nil sorts below any post-release.
    var post: VersionNumber?
    /// nil sorts above any dev release.
    var dev: VersionNumber?
    /// nil sorts below any local version.
    var local: [LocalSegment]?

    static func parse(_ version: String) -> PEP440Version? {
        let trimmed = VersionText.trimming(version, where: VersionText.isPythonWhitespace)
        return VersionText.withBytes(trimmed) { bytes in
            var parser = PEP440Parser(bytes: bytes)
            return parser.parse()
        }
    }

    /// Epoch (4 bits), three release numbers (16 bits each, 0 past the end, as trailing
    /// zeros are), whether the release goes on (it is then above any shorter one with the
    /// same start, whatever follows), else the kind of pre-release part.
    var head: UInt64 {
        var head = OrderHead()
        head.add(epoch, bits: 4)
        for index in 0..<3 {
            head.add(index < release.count ? release[index] : .zero, bits: 16)
        }
        if release.count > 3 {
            head.add(1, bits: 1)
            head.stop()
        } else {
            head.add(0, bits: 1)
        }
        switch pre {
        case .devOnly: head.add(0, bits: 2)
        case .pre: head.add(1, bits: 2)
        case .none: head.add(2, bits: 2)
        }
        return head.packed
    }

    static func compare(_ lhs: PEP440Version, _ rhs: PEP440Version) -> Ordering {
        if lhs.epoch != rhs.epoch { return Ordering.of(lhs.epoch, rhs.epoch) }
        for (a, b) in zip(lhs.release, rhs.release) where a != b {
            return Ordering.of(a, b)
        }
        if lhs.release.count != rhs.release.count { return Ordering.of(lhs.release.count, rhs.release.count) }
        let pre = comparePre(lhs.pre, rhs.pre)
        if pre != .equal { return pre }
        switch (lhs.post, rhs.post) {
        case (nil, nil): break
        case (nil, _): return .less
        case (_, nil): return .greater
        case (let a?, let b?): if a != b { return Ordering.of(a, b) }
        }
        switch (lhs.dev, rhs.dev) {
        case (nil, nil): break
        case (nil, _): return .greater
        case (_, nil): return .less
        case (let a?, let b?): if a != b { return Ordering.of(a, b) }
        }
        switch (lhs.local, rhs.local) {
        case (nil, nil): return .equal
        case (nil, _): return .less
        case (_, nil): return .greater
        case (let a?, let b?):
            for (x, y) in zip(a, b) {
                let order = compareLocal(x, y)
                if order != .equal { return order }
            }
            return Ordering.of(a.count, b.count)
        }
    }

    private static func comparePre(_ lhs: PreKey, _ rhs: PreKey) -> Ordering {
        switch (lhs, rhs) {
        case (.devOnly, .devOnly), (.none, .none): return .equal
        case (.devOnly, _), (_, .none): return .less
        case (_, .devOnly), (.none, _): return .greater
        case (.pre(let p1, let n1), .pre(let p2, let n2)):
            if p1 != p2 { return Ordering.of(p1.rawValue, p2.rawValue) }
            return Ordering.of(n1, n2)
        }
    }

    private static func compareLocal(_ lhs: LocalSegment, _ rhs: LocalSegment) -> Ordering {
        switch (lhs, rhs) {
        case (.numeric(let a), .numeric(let b)): return Ordering.of(a, b)
        case (.alphanumeric, .numeric): return .less
        case (.numeric, .alphanumeric): return .greater
        case (.alphanumeric(let a), .alphanumeric(let b)): return Ordering.ofBytes(a.utf8, b.utf8)
        }
    }
}
