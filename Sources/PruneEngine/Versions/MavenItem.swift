/// One item of a parsed Maven version, as `ComparableVersion`'s `Item` classes.
///
/// The comparisons are a line-by-line port of `compareTo` in apache/maven
/// `compat/maven-artifact/src/main/java/org/apache/maven/artifact/versioning/ComparableVersion.java`
/// (commit 0288c858679525cd4f0ae8c1e7fbfe5b5f541278); a `nil` argument is Java's `null`
/// ("nothing here": padding when one list is shorter).
enum MavenItem: Sendable {
    /// `IntItem`, `LongItem` or `BigIntegerItem`.
    case number(MavenNumber)
    /// `StringItem`: a qualifier.
    case string(MavenQualifier)
    /// `CombinationItem`: a qualifier immediately followed by digits (`rc1`, `beta-2`).
    case combination(MavenQualifier, MavenNumber)
    /// `ListItem`: the items after a `-` (or a digit/letter transition).
    case list([MavenItem])

    /// Java's `isNull()`: the items `normalize()` drops.
    var isNull: Bool {
        switch self {
        case .number(let number): return number.value.isZero
        case .string(let qualifier): return qualifier.isEmpty
        case .combination: return false
        case .list(let items): return items.isEmpty
        }
    }

    var isString: Bool {
        if case .string = self { return true }
        return false
    }

    /// `this.compareTo(item)`.
    func compare(_ other: MavenItem?) -> Ordering {
        switch self {
        case .number(let number): return Self.compare(number, other)
        case .string(let qualifier): return Self.compare(qualifier, other)
        case .combination(let qualifier, let number): return Self.compare(qualifier, number, other)
        case .list(let items): return Self.compare(items, other)
        }
    }

    private static func compare(_ number: MavenNumber, _ other: MavenItem?) -> Ordering {
        guard let other else { return number.value.isZero ? .equal : .greater }  // 1.0 == 1, 1.1 > 1
        if case .number(let theirs) = other { return MavenNumber.compare(number, theirs) }
        return .greater  // 1.1 > 1-sp, 1.1 > 1-1
    }

    private static func compare(_ qualifier: MavenQualifier, _ other: MavenItem?) -> Ordering {
        guard let other else { return qualifier.compareToRelease() }  // 1-rc < 1, 1-ga == 1
        switch other {
        case .number: return .less  // 1.any < 1.1
        case .string(let theirs): return MavenQualifier.compare(qualifier, theirs)
        case .combination(let theirs, let digits):
            let result = MavenQualifier.compare(qualifier, theirs)
            if result == .equal {
                if qualifier.compareToRelease() == .equal {
                    return compare(digits, nil).reversed
                }
                return .less
            }
            return result
        case .list: return other.compare(.string(qualifier)).reversed
        }
    }

    private static func compare(_ qualifier: MavenQualifier, _ digits: MavenNumber, _ other: MavenItem?) -> Ordering {
        guard let other else {
            // 1-rc1 < 1, 1-ga1 > 1: a release qualifier lets the digits decide.
            let result = qualifier.compareToRelease()
            return result == .equal ? compare(digits, nil) : result
        }
        switch other {
        case .number: return .less
        case .string(let theirs):
            let result = MavenQualifier.compare(qualifier, theirs)
            if result == .equal {
                if qualifier.compareToRelease() == .equal { return compare(digits, nil) }
                return .greater  // X1 > X
            }
            return result
        case .list: return other.compare(.combination(qualifier, digits)).reversed
        case .combination(let theirs, let theirDigits):
            let result = MavenQualifier.compare(qualifier, theirs)
            return result == .equal ? MavenNumber.compare(digits, theirDigits) : result
        }
    }

    private static func compare(_ items: [MavenItem], _ other: MavenItem?) -> Ordering {
        guard let other else {
            // MNG-6964: the whole list against nothing, not just its first item.
            for item in items {
                let result = item.compare(nil)
                if result != .equal { return result }
            }
            return .equal
        }
        switch other {
        case .number: return .less  // 1-1 < 1.0.x
        case .string, .combination:
            var result = items.isEmpty ? other.compare(nil).reversed : items[0].compare(other)
            var index = 1
            while result == .equal && index < items.count {
                result = items[index].compare(nil)
                index += 1
            }
            return result
        case .list(let theirs):
            return compareLists(items, theirs)
        }
    }

    /// Two lists item by item, the shorter padded with `null`.
    static func compareLists(_ items: [MavenItem], _ theirs: [MavenItem]) -> Ordering {
        var index = 0
        while index < items.count || index < theirs.count {
            let left = index < items.count ? items[index] : nil
            let right = index < theirs.count ? theirs[index] : nil
            index += 1
            let result: Ordering
            if let left {
                result = left.compare(right)  // if this is shorter, invert the comparison
            } else if let right {
                result = right.compare(nil).reversed
            } else {
                result = .equal
            }
            if result != .equal { return result }
        }
        return .equal
    }
}
