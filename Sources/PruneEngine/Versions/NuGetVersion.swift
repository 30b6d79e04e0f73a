/// A NuGet version as `NuGetVersion.TryParse` parses it and `VersionComparer.Default` orders it.
///
/// Pinned to NuGet/NuGet.Client `src/NuGet.Core/NuGet.Versioning/NuGetVersionFactory.cs`,
/// `SemanticVersionFactory.cs` (commit 14856f8aa6f3196519ebb8b9dbf48c5c44397ed0) and
/// `VersionComparer.cs`. What parses:
/// - the string trimmed of .NET whitespace (`String.Trim`), split at the first `-` or `+`
///   (`ParseSections`) into version, release labels and metadata;
/// - the version is `System.Version.TryParse` of it (with `.0` appended when it has no dot):
///   2 to 4 dot-separated components after that, each an `Int32` ≥ 0 parsed with
///   `NumberStyles.Integer` (so ASCII spaces/tabs around a component and trailing NULs pass);
///   so `1`, `1.2`, `1.2.3`, `1.2.3.4`; no leading `v`;
/// - release labels: dot-separated, each non-empty `[0-9A-Za-z-]+`, no leading zero on an
///   all-digit label; metadata likewise but leading zeros allowed. Metadata is ignored for order.
///
/// Order: major, minor, patch, revision (a missing revision is 0, so `1.0.0.0` == `1.0.0`);
/// labels below none; labels one by one: a label `int.TryParse` accepts (`-?[0-9]+` within
/// Int32) numerically and below the others, the others ordinal case-insensitively
/// (`BETA` == `beta`); more labels above a prefix.
struct NuGetVersion: Sendable {
    /// Major, minor, patch (build) and revision.
    var numbers: (Int32, Int32, Int32, Int32)
    /// Empty for a release.
    var labels: [Label]

    enum Label: Sendable {
        case numeric(Int32)
        /// Uppercased ASCII, as `OrdinalIgnoreCase` compares.
        case text([UInt8])
    }

    /// The four numbers (15 bits each), then whether it is a release.
    var head: UInt64 {
        var head = OrderHead()
        for number in [numbers.0, numbers.1, numbers.2, numbers.3] {
            head.add(UInt64(number), bits: 15)
        }
        head.add(labels.isEmpty ? 1 : 0, bits: 1)
        return head.packed
    }

    static func compare(_ lhs: NuGetVersion, _ rhs: NuGetVersion) -> Ordering {
        let a = lhs.numbers
        let b = rhs.numbers
        if a.0 != b.0 { return Ordering.of(a.0, b.0) }
        if a.1 != b.1 { return Ordering.of(a.1, b.1) }
        if a.2 != b.2 { return Ordering.of(a.2, b.2) }
        if a.3 != b.3 { return Ordering.of(a.3, b.3) }
        switch (lhs.labels.isEmpty, rhs.labels.isEmpty) {
        case (true, true): return .equal
        case (false, true): return .less
        case (true, false): return .greater
        case (false, false):
            for (x, y) in zip(lhs.labels, rhs.labels) {
                let order = compare(x, y)
                if order != .equal { return order }
            }
            return Ordering.of(lhs.labels.count, rhs.labels.count)
        }
    }

    private static func compare(_ lhs: Label, _ rhs: Label) -> Ordering {
        switch (lhs, rhs) {
        case (.numeric(let a), .numeric(let b)): return Ordering.of(a, b)
        case (.numeric, .text): return .less
        case (.text, .numeric): return .greater
        case (.text(let a), .text(let b)): return Ordering.ofBytes(a, b)
        }
    }

    static func parse(_ version: String) -> NuGetVersion? {
        let trimmed = VersionText.trimming(version, where: VersionText.isDotNetWhitespace)
        return VersionText.withBytes(trimmed) { parse(bytes: $0) }
    }

    private static func parse(bytes: UnsafeBufferPointer<UInt8>) -> NuGetVersion? {
        // ParseSections: the first '-' or '+' ends the version; a '+' after it starts metadata.
        // (At the very last byte the separator stays in the section, which then fails.)
        let count = bytes.count
        guard count > 0 else { return nil }
        var versionEnd = count
        var labelsRange: Range<Int>?
        var metadataRange: Range<Int>?
        var index = 0
        while index < count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") {
                versionEnd = index == count - 1 ? count : index
                if byte == UInt8(ascii: "+") {
                    if index < count - 1 { metadataRange = (index + 1)..<count }
                } else if index < count - 1 {
                    var plus = index + 1
                    while plus < count - 1, bytes[plus] != UInt8(ascii: "+") { plus += 1 }
                    if bytes[plus] == UInt8(ascii: "+") && plus < count - 1 {
                        labelsRange = (index + 1)..<plus
                        metadataRange = (plus + 1)..<count
                    } else {
                        labelsRange = (index + 1)..<count
                    }
                }
                break
            }
            index += 1
        }
        guard versionEnd > 0, let numbers = systemVersion(bytes[0..<versionEnd]) else { return nil }
        var labels: [Label] = []
        if let labelsRange {
            for part in bytes[labelsRange].split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false) {
                guard isValidPart(part, allowLeadingZeros: false) else { return nil }
                labels.append(label(part))
            }
        }
        if let metadataRange {
            for part in bytes[metadataRange].split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false) {
                guard isValidPart(part, allowLeadingZeros: true) else { return nil }
            }
        }
        return NuGetVersion(numbers: numbers, labels: labels)
    }

    /// `System.Version.TryParse`, after NuGet appends `.0` to a dotless version.
    private static func systemVersion(_ text: Slice<UnsafeBufferPointer<UInt8>>) -> (Int32, Int32, Int32, Int32)? {
        let parts = text.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard parts.count <= 4 else { return nil }
        var values: [Int32] = []
        for part in parts {
            guard let value = dotNetInt32(part), value >= 0 else { return nil }
            values.append(value)
        }
        if values.count == 1 { values.append(0) }  // "1" becomes "1.0"
        while values.count < 4 { values.append(0) }  // NormalizeVersionValue: missing parts are 0
        return (values[0], values[1], values[2], values[3])
    }

    /// `int.TryParse(s, NumberStyles.Integer, InvariantCulture)`: optional white space
    /// (U+0009...U+000D, U+0020) around an optionally signed decimal number, trailing NULs.
    private static func dotNetInt32(_ text: some BidirectionalCollection<UInt8>) -> Int32? {
        var bytes = text[...]
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
        while let first = bytes.first, isSpace(first) { bytes = bytes.dropFirst() }
        while let last = bytes.last, last == 0 { bytes = bytes.dropLast() }
        while let last = bytes.last, isSpace(last) { bytes = bytes.dropLast() }
        var negative = false
        if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
            negative = sign == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        guard !bytes.isEmpty else { return nil }
        var value: Int64 = 0
        for byte in bytes {
            guard VersionText.isASCIIDigit(byte) else { return nil }
            value = value * 10 + Int64(byte - 48)
            if value > Int64(Int32.max) + 1 { return nil }
        }
        value = negative ? -value : value
        guard value >= Int64(Int32.min), value <= Int64(Int32.max) else { return nil }
        return Int32(value)
    }

    /// `IsValidPart`: non-empty, `[0-9A-Za-z-]`, and `0` but not `00` or `01` unless allowed.
    private static func isValidPart(_ part: some Collection<UInt8>, allowLeadingZeros: Bool) -> Bool {
        guard let first = part.first else { return false }
        if !allowLeadingZeros && part.count > 1 && first == UInt8(ascii: "0")
            && part.dropFirst().allSatisfy(VersionText.isASCIIDigit)
        {
            return false
        }
        return part.allSatisfy { VersionText.isASCIIAlphanumeric($0) || $0 == UInt8(ascii: "-") }
    }

    private static func label(_ part: some BidirectionalCollection<UInt8>) -> Label {
        if let number = dotNetInt32(part) { return .numeric(number) }
        return .text(part.map { VersionText.isASCIILetter($0) ? $0 & ~0x20 : $0 })
    }
}
