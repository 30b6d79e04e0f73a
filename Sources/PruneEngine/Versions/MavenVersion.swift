/// A Maven version as `org.apache.maven.artifact.versioning.ComparableVersion` parses it.
///
/// Pinned to the Maven 3.9 line, apache/maven
/// `maven-artifact/src/main/java/org/apache/maven/artifact/versioning/ComparableVersion.java`
/// at tag `maven-3.9.16` (commit 2bdd9fddda4b155ebf8000e807eb73fd829a51d5): no combination
/// items (`rc1` is the qualifier `rc` then a sublist `[1]`), a qualifier always below a `-`
/// sublist, `.X` followed by digits or at the end treated as `-X` (MNG-7644), MNG-6964.
/// Maven 3.9 parses every string; this rejects only strings longer than 256 UTF-16 units, a
/// defensive bound that changes no order (Maven 4's `MAX_VERSION_LENGTH`).
struct MavenVersion: Sendable {
    static let maximumLength = 256

    /// The normalized top-level list.
    var items: [MavenItem]

    /// The leading numeric items (20 bits each, three of them). A number is above every
    /// other kind of item and a zero equals a missing item, so anything that is not an `int`
    /// item counts as 0 and ends the summary. A long zero (ten or more `0`s) is above every
    /// int but equal to a missing item, which only one head value cannot be; it counts as a
    /// long, so where Maven has a cycle (`1.0000000000.alpha.1` < `1` < `1.0.5`) the head
    /// puts it above both.
    var head: UInt64 {
        var head = OrderHead()
        var numeric = true
        for index in 0..<3 {
            if numeric, index < items.count, case .number(let number) = items[index], number.width == 0 {
                head.add(number.value, bits: 20)
            } else {
                if numeric, index < items.count, case .number = items[index] {
                    head.add(.max, bits: 20)  // a long or BigInteger item: above every int item
                } else {
                    head.stop()
                    head.add(0, bits: 20)
                }
                numeric = false
            }
        }
        return head.packed
    }

    static func compare(_ lhs: MavenVersion, _ rhs: MavenVersion) -> Ordering {
        MavenItem.compareLists(lhs.items, rhs.items)
    }

    /// `parseVersion`: one pass over the lowercased string, nesting a new list at each `-`
    /// and at each digit/letter transition, then `normalize()` from the innermost list out.
    static func parse(_ version: String) -> MavenVersion? {
        guard version.utf16.count <= maximumLength else { return nil }
        let scalars = Array(version.lowercased().unicodeScalars)
        // A new list is always the last item of the current one and becomes current, so the
        // nesting is a chain, innermost last.
        var chain: [[MavenItem]] = [[]]
        var isDigit = false
        var startIndex = 0

        func append(_ item: MavenItem) {
            chain[chain.count - 1].append(item)
        }
        func nest() {
            chain.append([])
        }
        // 1.0.0.X1 < 1.0.0-X2: a qualifier after a `.` starts a sublist, like one after a `-`.
        func nestIfNotEmpty() {
            if !chain[chain.count - 1].isEmpty { nest() }
        }

        for (index, character) in scalars.enumerated() {
            if character == "." || character == "-" {
                append(index == startIndex ? .number(.zero) : parseItem(isDigit, scalars[startIndex..<index]))
                startIndex = index + 1
                if character == "-" { nest() }
            } else if isJavaDigit(character) {
                if !isDigit && index > startIndex {
                    nestIfNotEmpty()
                    append(.string(qualifier(scalars[startIndex..<index], followedByDigit: true)))
                    startIndex = index
                    nest()
                }
                isDigit = true
            } else {
                if isDigit && index > startIndex {
                    append(parseItem(true, scalars[startIndex..<index]))
                    startIndex = index
                    nest()
                }
                isDigit = false
            }
        }
        if scalars.count > startIndex {
            if !isDigit { nestIfNotEmpty() }
            append(parseItem(isDigit, scalars[startIndex...]))
        }

        var items = normalize(chain.removeLast())
        while let parent = chain.popLast() {
            items = normalize(parent + [.list(items)])
        }
        return MavenVersion(items: items)
    }

    /// `ListItem.normalize()`: from the end, drop null items (0, a release qualifier, an empty
    /// list), stepping over the other lists, up to the first other item, which stays.
    private static func normalize(_ list: [MavenItem]) -> [MavenItem] {
        var items = list
        for index in items.indices.reversed() {
            if items[index].isNull {
                items.remove(at: index)
            } else if case .list = items[index] {
                continue
            } else {
                break
            }
        }
        return items
    }

    /// `parseItem(isDigit, buf)`.
    private static func parseItem(_ isDigit: Bool, _ buffer: ArraySlice<Unicode.Scalar>) -> MavenItem {
        isDigit ? .number(parseNumber(buffer)) : .string(qualifier(buffer, followedByDigit: false))
    }

    private static func qualifier(_ buffer: ArraySlice<Unicode.Scalar>, followedByDigit: Bool) -> MavenQualifier {
        MavenQualifier(String(String.UnicodeScalarView(buffer)), followedByDigit: followedByDigit)
    }

    /// `stripLeadingZeroes`, then `IntItem`/`LongItem`/`BigIntegerItem` by the length left.
    /// Maven strips ASCII `0` only, and leaves a run of nothing but `0`s whole, so
    /// `0000000000` is a `LongItem` (above every int: `1.0000000000.1` > `1.0.1`). The digits
    /// are all `Character.isDigit`, which Java's number parsers accept.
    private static func parseNumber(_ digits: ArraySlice<Unicode.Scalar>) -> MavenNumber {
        let stripped = digits.allSatisfy { $0 == "0" } ? digits : digits.drop { $0 == "0" }
        let values = stripped.map { UInt8($0.properties.numericValue ?? 0) }
        let width: UInt8 = values.count <= 9 ? 0 : (values.count <= 18 ? 1 : 2)
        return MavenNumber(width: width, value: VersionNumber(digitValues: values))
    }

    /// Java's `Character.isDigit(char)`: a decimal digit (Nd) in the Basic Multilingual Plane.
    private static func isJavaDigit(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value >= 0x30 && scalar.value <= 0x39 { return true }
        return scalar.value > 0x7F && scalar.value <= 0xFFFF && scalar.properties.generalCategory == .decimalNumber
    }
}
