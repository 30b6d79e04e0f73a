/// One item of a parsed Maven version, as `ComparableVersion`'s `Item` classes.
///
/// The comparisons follow `compareTo` in apache/maven
/// `maven-artifact/src/main/java/org/apache/maven/artifact/versioning/ComparableVersion.java`
/// at tag `maven-3.9.16`; a `nil` argument is Java's `null` ("nothing here": padding when one
/// list is shorter). Between two items of different kinds the kind alone decides: a
/// qualifier < a `-` sublist < a number.
enum MavenItem: Sendable {
    /// `IntItem`, `LongItem` or `BigIntegerItem`.
    case number(MavenNumber)
    /// `StringItem`: a qualifier.
    case string(MavenQualifier)
    /// `ListItem`: the items after a `-` (or a digit/letter transition).
    case list([MavenItem])

    /// Java's `isNull()`: the items `normalize()` drops. A release qualifier (`ga`, `final`,
    /// `release`) is null too, so `1.0-final` == `1`.
    var isNull: Bool {
        switch self {
        case .number(let number): return number.value.isZero
        case .string(let qualifier): return qualifier.compareToRelease() == .equal
        case .list(let items): return items.isEmpty
        }
    }

    /// `this.compareTo(item)`.
    func compare(_ other: MavenItem?) -> Ordering {
        switch self {
        case .number(let number):
            guard let other else { return number.value.isZero ? .equal : .greater }  // 1.0 == 1, 1.1 > 1
            if case .number(let theirs) = other { return MavenNumber.compare(number, theirs) }
            return .greater  // 1.1 > 1-sp, 1.1 > 1-1
        case .string(let qualifier):
            guard let other else { return qualifier.compareToRelease() }  // 1-rc < 1, 1-sp > 1
            if case .string(let theirs) = other { return MavenQualifier.compare(qualifier, theirs) }
            return .less  // 1.any < 1.1, 1.any < 1-1
        case .list(let items):
            guard let other else { return Self.compareToNothing(items) }
            switch other {
            case .number: return .less  // 1-1 < 1.0.x
            case .string: return .greater  // 1-1 > 1-sp
            case .list(let theirs): return Self.compareLists(items, theirs)
            }
        }
    }

    /// MNG-6964: the whole list against nothing, not just its first item, so `1-0.alpha` < `1`.
    private static func compareToNothing(_ items: [MavenItem]) -> Ordering {
        for item in items {
            let result = item.compare(nil)
            if result != .equal { return result }
        }
        return .equal
    }

    /// Two lists item by item, the shorter padded with `null`.
    static func compareLists(_ items: [MavenItem], _ theirs: [MavenItem]) -> Ordering {
        for index in 0..<max(items.count, theirs.count) {
            let result: Ordering
            if index < items.count {
                result = items[index].compare(index < theirs.count ? theirs[index] : nil)
            } else {
                result = theirs[index].compare(nil).reversed  // this is shorter: invert
            }
            if result != .equal { return result }
        }
        return .equal
    }
}
