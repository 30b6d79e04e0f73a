/// A hand-written matcher for `packaging`'s `VERSION_PATTERN` (Python ≥ 3.11 form, with
/// possessive quantifiers), case-insensitive, on ASCII bytes. Each optional group is tried
/// at one position and either consumed whole or not at all, as the possessive `?+` does.
struct PEP440Parser {
    let bytes: UnsafeBufferPointer<UInt8>
    private var cursor = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func parse() -> PEP440Version? {
        if cursor < bytes.count, bytes[cursor] | 0x20 == UInt8(ascii: "v") { cursor += 1 }
        guard var first = digits() else { return nil }
        var epoch = VersionNumber.zero
        if peek() == UInt8(ascii: "!") {
            cursor += 1
            epoch = first
            guard let afterEpoch = digits() else { return nil }
            first = afterEpoch
        }
        var release = [first]
        while peek() == UInt8(ascii: "."), cursor + 1 < bytes.count, VersionText.isASCIIDigit(bytes[cursor + 1]) {
            cursor += 1
            release.append(digits()!)
        }
        while let last = release.last, last.isZero { release.removeLast() }

        let pre = preRelease()
        let post = postRelease()
        let dev = devRelease()
        var local: [PEP440Version.LocalSegment]?
        if peek() == UInt8(ascii: "+") {
            cursor += 1
            guard let segments = localVersion() else { return nil }
            local = segments
        }
        guard cursor == bytes.count else { return nil }

        let preKey: PEP440Version.PreKey
        if let pre {
            preKey = .pre(pre.phase, pre.number)
        } else if post == nil && dev != nil {
            preKey = .devOnly
        } else {
            preKey = .none
        }
        return PEP440Version(epoch: epoch, release: release, pre: preKey, post: post, dev: dev, local: local)
    }

    private func peek() -> UInt8? { cursor < bytes.count ? bytes[cursor] : nil }

    private mutating func digits() -> VersionNumber? {
        let start = cursor
        while cursor < bytes.count, VersionText.isASCIIDigit(bytes[cursor]) { cursor += 1 }
        guard cursor > start else { return nil }
        return VersionNumber(asciiDigits: bytes[start..<cursor])
    }

    private mutating func separator() {
        if let byte = peek(), byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") {
            cursor += 1
        }
    }

    /// Consumes the first of `words` (tried in order, as the regex alternation is) found here.
    private mutating func word(_ words: [String]) -> String? {
        for word in words {
            let utf8 = word.utf8
            guard cursor + utf8.count <= bytes.count else { continue }
            var matches = true
            for (offset, expected) in utf8.enumerated()
            where VersionText.lowercasedASCII(bytes[cursor + offset]) != expected {
                matches = false
                break
            }
            if matches {
                cursor += utf8.count
                return word
            }
        }
        return nil
    }

    private mutating func preRelease() -> (phase: PEP440Version.Phase, number: VersionNumber)? {
        let start = cursor
        separator()
        guard let letter = word(["alpha", "a", "beta", "b", "preview", "pre", "c", "rc"]) else {
            cursor = start
            return nil
        }
        separator()
        let number = digits() ?? .zero
        switch letter {
        case "alpha", "a": return (.alpha, number)
        case "beta", "b": return (.beta, number)
        default: return (.candidate, number)
        }
    }

    private mutating func postRelease() -> VersionNumber? {
        let start = cursor
        if peek() == UInt8(ascii: "-") {
            cursor += 1
            if let number = digits() { return number }
            cursor = start
        }
        separator()
        guard word(["post", "rev", "r"]) != nil else {
            cursor = start
            return nil
        }
        separator()
        return digits() ?? .zero
    }

    private mutating func devRelease() -> VersionNumber? {
        let start = cursor
        separator()
        guard word(["dev"]) != nil else {
            cursor = start
            return nil
        }
        separator()
        return digits() ?? .zero
    }

    private mutating func localVersion() -> [PEP440Version.LocalSegment]? {
        var segments: [PEP440Version.LocalSegment] = []
        while true {
            let start = cursor
            var allDigits = true
            while cursor < bytes.count, VersionText.isASCIIAlphanumeric(bytes[cursor]) {
                if !VersionText.isASCIIDigit(bytes[cursor]) { allDigits = false }
                cursor += 1
            }
            guard cursor > start else { return nil }
            let part = bytes[start..<cursor]
            if allDigits {
                segments.append(.numeric(VersionNumber(asciiDigits: part)))
            } else {
                segments.append(.alphanumeric(String(decoding: part.map(VersionText.lowercasedASCII), as: UTF8.self)))
            }
            guard let byte = peek(), byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
            else { return segments }
            cursor += 1
        }
    }
}
