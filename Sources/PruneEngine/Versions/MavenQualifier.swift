/// A Maven string item (`StringItem`), reduced to what `comparableQualifier` compares.
///
/// Known qualifiers rank `alpha` < `beta` < `milestone` < `rc` < `snapshot` < `""` (also
/// `ga`, `final`, `release`) < `sp`; unknown ones come after all of them, in lexical order
/// (Java `String.compareTo`: UTF-16 code units). Maven compares `comparableQualifier`
/// strings (`"0"`...`"6"`, or `"7-"` + the qualifier), which is this order.
struct MavenQualifier: Sendable {
    /// 0...6 for the known qualifiers, 7 for the others.
    var rank: UInt8
    /// The lowercased qualifier as UTF-16, compared only when both ranks are 7.
    var name: [UInt16]

    /// The rank of the empty qualifier, i.e. of a release.
    static let releaseRank: UInt8 = 5

    /// `new StringItem(value, followedByDigit)`: `a1`, `b1`, `m1` mean alpha, beta, milestone;
    /// `cr` means `rc`.
    init(_ lowercased: String, followedByDigit: Bool) {
        var value = lowercased
        if followedByDigit && value.utf16.count == 1 {
            switch value {
            case "a": value = "alpha"
            case "b": value = "beta"
            case "m": value = "milestone"
            default: break
            }
        }
        if value == "cr" { value = "rc" }
        switch value {
        case "alpha": rank = 0
        case "beta": rank = 1
        case "milestone": rank = 2
        case "rc": rank = 3
        case "snapshot": rank = 4
        case "", "ga", "final", "release": rank = 5
        case "sp": rank = 6
        default: rank = 7
        }
        name = rank == 7 ? Array(value.utf16) : []
    }

    static func compare(_ lhs: MavenQualifier, _ rhs: MavenQualifier) -> Ordering {
        if lhs.rank != rhs.rank { return Ordering.of(lhs.rank, rhs.rank) }
        guard lhs.rank == 7 else { return .equal }
        return lhs.name.lexicographicallyPrecedes(rhs.name) ? .less : (lhs.name == rhs.name ? .equal : .greater)
    }

    /// `compareTo(null)`: against "no qualifier".
    func compareToRelease() -> Ordering { Ordering.of(rank, Self.releaseRank) }
}
