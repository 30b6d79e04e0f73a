/// A non-negative integer of any size, as written in a version string.
///
/// Most components fit in 64 bits and are kept as a machine integer; longer ones keep their
/// decimal digits (without leading zeros), and compare by length, then digit by digit, so a
/// 40-digit build number neither overflows nor traps.
struct VersionNumber: Comparable, Hashable, Sendable {
    private enum Storage: Hashable, Sendable {
        case small(UInt64)
        /// Digit values 0...9, most significant first, no leading zero; always more than `UInt64.max`.
        case big([UInt8])
    }

    private let storage: Storage

    static let zero = VersionNumber(0)

    init(_ value: UInt64) {
        storage = .small(value)
    }

    /// From decimal digit values (0...9), most significant first; leading zeros are ignored.
    init(digitValues: some Sequence<UInt8>) {
        var value: UInt64 = 0
        var overflowed = false
        var digits: [UInt8] = []
        for digit in digitValues {
            if !overflowed {
                let (times10, o1) = value.multipliedReportingOverflow(by: 10)
                let (sum, o2) = times10.addingReportingOverflow(UInt64(digit))
                if !o1 && !o2 {
                    value = sum
                    continue
                }
                overflowed = true
                digits = Self.decimalDigits(of: value)
            }
            digits.append(digit)
        }
        storage = overflowed ? .big(digits) : .small(value)
    }

    /// From ASCII digits (`0`...`9`); the caller has checked they are digits.
    init(asciiDigits: some Sequence<UInt8>) {
        self.init(digitValues: asciiDigits.lazy.map { $0 &- 48 })
    }

    var isZero: Bool { storage == .small(0) }

    /// The value when it fits in 64 bits.
    var uint64: UInt64? {
        if case .small(let value) = storage { return value }
        return nil
    }

    private static func decimalDigits(of value: UInt64) -> [UInt8] {
        guard value > 0 else { return [] }
        var digits: [UInt8] = []
        var rest = value
        while rest > 0 {
            digits.append(UInt8(rest % 10))
            rest /= 10
        }
        return digits.reversed()
    }

    static func < (lhs: VersionNumber, rhs: VersionNumber) -> Bool {
        switch (lhs.storage, rhs.storage) {
        case (.small(let a), .small(let b)): return a < b
        case (.small, .big): return true
        case (.big, .small): return false
        case (.big(let a), .big(let b)):
            if a.count != b.count { return a.count < b.count }
            return a.lexicographicallyPrecedes(b)
        }
    }
}

extension VersionNumber: CustomStringConvertible {
    var description: String {
        switch storage {
        case .small(let value): return String(value)
        case .big(let digits): return String(decoding: digits.map { $0 + 48 }, as: UTF8.self)
        }
    }
}
