/// A three-way comparison result, so composite keys compare each part once instead of
/// calling `<` twice.
enum Ordering: Int8, Sendable {
    case less = -1
    case equal = 0
    case greater = 1

    /// The result for the arguments swapped.
    var reversed: Ordering { Ordering(rawValue: -rawValue)! }

    /// Compares two `Comparable` values.
    static func of<T: Comparable>(_ lhs: T, _ rhs: T) -> Ordering {
        lhs < rhs ? .less : (rhs < lhs ? .greater : .equal)
    }

    /// Compares byte strings lexicographically (UTF-8 bytes order as Unicode scalars do).
    static func ofBytes(_ lhs: some Collection<UInt8>, _ rhs: some Collection<UInt8>) -> Ordering {
        var left = lhs.makeIterator()
        var right = rhs.makeIterator()
        while true {
            switch (left.next(), right.next()) {
            case (nil, nil): return .equal
            case (nil, _): return .less
            case (_, nil): return .greater
            case (let a?, let b?):
                if a != b { return a < b ? .less : .greater }
            }
        }
    }
}
