/// Natural string order, for `generic` packages whose versions are not all SemVer.
///
/// The string is read as maximal runs of ASCII digits and of everything else. Run by run: two
/// digit runs compare numerically (any length, no overflow), two other runs by Unicode
/// scalar order (UTF-8 byte order is the same), a digit run is below a non-digit run, and a
/// string that runs out first is the lower. Only when all that finds two strings equal
/// (`1.01` and `1.1`) does the first digit run with fewer leading zeros make its string the
/// lower, so the order is total: strings are equal only when identical. Every string parses.
struct NaturalVersion: Sendable {
    var bytes: [UInt8]

    init(_ version: String) {
        bytes = Array(version.utf8)
    }

    /// The first run: a digit run as its value (top bit 0), any other run as its first seven
    /// bytes (top bit 1), zero-padded (a shorter run is the lower).
    var head: UInt64 {
        guard let first = bytes.first else { return 0 }
        var head = OrderHead()
        if VersionText.isASCIIDigit(first) {
            head.add(0, bits: 1)
            var value: UInt64 = 0
            for byte in bytes {
                guard VersionText.isASCIIDigit(byte) else { break }
                let (times10, o1) = value.multipliedReportingOverflow(by: 10)
                let (sum, o2) = times10.addingReportingOverflow(UInt64(byte - 48))
                if o1 || o2 {
                    value = .max
                    break
                }
                value = sum
            }
            head.add(value, bits: 63)
        } else {
            head.add(1, bits: 1)
            var index = 0
            while index < 7 {
                // A byte as 1...256, past the run 0 (the shorter run is the lower); 9 bits never saturate.
                let inRun = index < bytes.count && !VersionText.isASCIIDigit(bytes[index])
                head.add(inRun ? UInt64(bytes[index]) + 1 : 0, bits: 9)
                index += 1
            }
        }
        return head.packed
    }

    static func compare(_ lhs: NaturalVersion, _ rhs: NaturalVersion) -> Ordering {
        lhs.bytes.withUnsafeBufferPointer { a in
            rhs.bytes.withUnsafeBufferPointer { b in compare(a, b) }
        }
    }

    private static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Ordering {
        var i = 0
        var j = 0
        /// The leading-zero tie-break, decided by the first digit-run pair whose zeros differ.
        var zeros = Ordering.equal
        while true {
            switch (i < a.count, j < b.count) {
            case (false, false): return zeros
            case (false, true): return .less
            case (true, false): return .greater
            case (true, true): break
            }
            let aDigit = VersionText.isASCIIDigit(a[i])
            let bDigit = VersionText.isASCIIDigit(b[j])
            if aDigit != bDigit { return aDigit ? .less : .greater }
            if aDigit {
                let aStart = i
                let bStart = j
                while i < a.count, a[i] == 0x30 { i += 1 }
                while j < b.count, b[j] == 0x30 { j += 1 }
                let aZeros = i - aStart
                let bZeros = j - bStart
                let aSignificant = i
                let bSignificant = j
                while i < a.count, VersionText.isASCIIDigit(a[i]) { i += 1 }
                while j < b.count, VersionText.isASCIIDigit(b[j]) { j += 1 }
                let aLength = i - aSignificant
                let bLength = j - bSignificant
                if aLength != bLength { return aLength < bLength ? .less : .greater }
                let order = Ordering.ofBytes(a[aSignificant..<i], b[bSignificant..<j])
                if order != .equal { return order }
                if zeros == .equal && aZeros != bZeros { zeros = aZeros < bZeros ? .less : .greater }
            } else {
                let aStart = i
                let bStart = j
                while i < a.count, !VersionText.isASCIIDigit(a[i]) { i += 1 }
                while j < b.count, !VersionText.isASCIIDigit(b[j]) { j += 1 }
                let order = Ordering.ofBytes(a[aStart..<i], b[bStart..<j])
                if order != .equal { return order }
            }
        }
    }
}
