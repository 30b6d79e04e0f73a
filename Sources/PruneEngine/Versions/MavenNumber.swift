/// A numeric item of a Maven version: Java's `IntItem`, `LongItem` or `BigIntegerItem`.
///
/// Maven picks the class from the digit count after stripping leading ASCII zeros (≤ 9 int,
/// ≤ 18 long, else BigInteger) and orders int < long < BigInteger before looking at values.
/// For ASCII digits that is mostly plain numeric order; the class is kept because it is not
/// for a run of only zeros, which Maven leaves whole (ten zeros are a long zero), nor for
/// non-ASCII decimal digits, whose zeros it does not strip (`Integer.parseInt` accepts them).
struct MavenNumber: Sendable {
    /// 0 int, 1 long, 2 BigInteger.
    var width: UInt8
    var value: VersionNumber

    static let zero = MavenNumber(width: 0, value: .zero)

    static func compare(_ lhs: MavenNumber, _ rhs: MavenNumber) -> Ordering {
        if lhs.width != rhs.width { return Ordering.of(lhs.width, rhs.width) }
        return Ordering.of(lhs.value, rhs.value)
    }
}
