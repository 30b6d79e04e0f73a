/// A version parsed under one package's ordering; `<` is "older/lower", `==` is "equal
/// under the format's order" (e.g. Maven `1.0` == `1.0.0`, PEP 440 `1.0` == `1.0.0`), NOT string equality.
///
/// Parsed once into a compact key (small integers, short byte arrays), so sorting a
/// package's versions compares keys and never re-reads strings. Only versions parsed by the
/// same `VersionOrder` are meant to be compared; keys of different formats still compare
/// (by format), so the order stays total and nothing traps.
public struct ParsedVersion: Comparable, Sendable {
    enum Key: Sendable {
        case semVer(SemanticVersion)
        case pep440(PEP440Version)
        case maven(MavenVersion)
        case nuGet(NuGetVersion)
        case gem(GemVersion)
        case natural(NaturalVersion)

        var rank: Int {
            switch self {
            case .semVer: return 0
            case .pep440: return 1
            case .maven: return 2
            case .nuGet: return 3
            case .gem: return 4
            case .natural: return 5
            }
        }
    }

    /// The full key, boxed: one reference to retain when a sort moves a version, however
    /// many arrays the key holds.
    final class Box: Sendable {
        let key: Key

        init(_ key: Key) {
            self.key = key
        }
    }

    /// Decides most comparisons alone (see `OrderHead`).
    let head: UInt64
    let box: Box

    var key: Key { box.key }

    init(_ key: Key) {
        box = Box(key)
        switch key {
        case .semVer(let version): head = version.head
        case .pep440(let version): head = version.head
        case .maven(let version): head = version.head
        case .nuGet(let version): head = version.head
        case .gem(let version): head = version.head
        case .natural(let version): head = version.head
        }
        // Keys of different formats never share a head bucket: the format's rank decides first.
        rank = UInt8(key.rank)
    }

    private let rank: UInt8

    /// Three-way comparison under the format's order.
    func compare(to other: ParsedVersion) -> Ordering {
        if rank != other.rank { return rank < other.rank ? .less : .greater }
        if head != other.head { return head < other.head ? .less : .greater }
        if box === other.box { return .equal }
        return fullCompare(to: other)
    }

    /// The comparison without the head shortcut (tests check the two agree).
    func fullCompare(to other: ParsedVersion) -> Ordering {
        switch (key, other.key) {
        case (.semVer(let a), .semVer(let b)): return SemanticVersion.compare(a, b)
        case (.pep440(let a), .pep440(let b)): return PEP440Version.compare(a, b)
        case (.maven(let a), .maven(let b)): return MavenVersion.compare(a, b)
        case (.nuGet(let a), .nuGet(let b)): return NuGetVersion.compare(a, b)
        case (.gem(let a), .gem(let b)): return GemVersion.compare(a, b)
        case (.natural(let a), .natural(let b)): return NaturalVersion.compare(a, b)
        default: return Ordering.of(key.rank, other.key.rank)
        }
    }

    /// Whether `lhs` is lower (older) than `rhs` under the format's order.
    public static func < (lhs: ParsedVersion, rhs: ParsedVersion) -> Bool {
        lhs.compare(to: rhs) == .less
    }

    /// Whether the two are equal under the format's order (not as strings).
    public static func == (lhs: ParsedVersion, rhs: ParsedVersion) -> Bool {
        lhs.compare(to: rhs) == .equal
    }
}
