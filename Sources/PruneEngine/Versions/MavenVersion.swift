/// A Maven version as `org.apache.maven.artifact.versioning.ComparableVersion` parses it.
///
/// Pinned to apache/maven `compat/maven-artifact/.../ComparableVersion.java` at commit
/// 0288c858679525cd4f0ae8c1e7fbfe5b5f541278 (Maven 4 line: combination items such as `rc1`,
/// `.X` treated as `-X`, MNG-6964, MNG-7644, MNG-7714). Nearly everything parses; the only
/// strings that do not are those Maven itself rejects:
/// - longer than 256 UTF-16 units (`MAX_VERSION_LENGTH`, an `IllegalArgumentException`);
/// - a combination item whose digit part, which starts at the first Unicode decimal digit
///   (`Character.isDigit`), contains a non-digit, e.g. `x\u{663}y1` (Java throws
///   `NumberFormatException` there).
struct MavenVersion: Sendable {
    static let maximumLength = 256

    /// The normalized top-level list.
    var items: [MavenItem]

    /// The leading numeric items (20 bits each, three of them). A number is above every
    /// other kind of item and a zero equals a missing item, so anything that is not an `int`
    /// item counts as 0 and ends the summary.
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
        // Each list's only child list is its last item, so the nesting is a chain.
        var chain: [[MavenItem]] = [[]]
        var isDigit = false
        var isCombination = false
        var startIndex = 0
        var index = 0

        func append(_ item: MavenItem?) -> Bool {
            guard let item else { return false }
            chain[chain.count - 1].append(item)
            return true
        }
        func nestIfNotEmpty() {
            if !chain[chain.count - 1].isEmpty { chain.append([]) }
        }

        while index < scalars.count {
            let character = scalars[index]
            if character == "." {
                let item =
                    index == startIndex
                    ? .number(.zero) : parseItem(isCombination, isDigit, scalars[startIndex..<index])
                guard append(item) else { return nil }
                isCombination = false
                startIndex = index + 1
            } else if character == "-" {
                if index == startIndex {
                    _ = append(.number(.zero))
                } else {
                    // X-1 is treated as X1.
                    if !isDigit && index != scalars.count - 1 && isJavaDigit(scalars[index + 1]) {
                        isCombination = true
                        index += 1
                        continue
                    }
                    guard append(parseItem(isCombination, isDigit, scalars[startIndex..<index])) else { return nil }
                }
                startIndex = index + 1
                nestIfNotEmpty()
                isCombination = false
            } else if character.value >= 0x30 && character.value <= 0x39 {
                if !isDigit && index > startIndex {
                    isCombination = true  // X1
                    nestIfNotEmpty()
                }
                isDigit = true
            } else {
                if isDigit && index > startIndex {
                    guard append(parseItem(isCombination, true, scalars[startIndex..<index])) else { return nil }
                    startIndex = index
                    chain.append([])
                    isCombination = false
                }
                isDigit = false
            }
            index += 1
        }
        if scalars.count > startIndex {
            // 1.0.0.X1 < 1.0.0-X2: treat .X as -X for any string qualifier X.
            if !isDigit { nestIfNotEmpty() }
            guard append(parseItem(isCombination, isDigit, scalars[startIndex...])) else { return nil }
        }

        var items = normalize(chain.removeLast())
        while let parent = chain.popLast() {
            items = normalize(parent + [.list(items)])
        }
        return MavenVersion(items: items)
    }

    /// `ListItem.normalize()`: drop null items (0, "", empty list) at the end or before a
    /// qualifier, then unwrap a list left holding a single list.
    private static func normalize(_ list: [MavenItem]) -> [MavenItem] {
        var items = list
        var index = items.count - 1
        while index >= 0 {
            if items[index].isNull {
                if index == items.count - 1 || items[index + 1].isString {
                    items.remove(at: index)
                } else if case .list(let next) = items[index + 1], let first = next.first {
                    switch first {
                    case .combination, .string: items.remove(at: index)
                    case .number, .list: break
                    }
                }
            }
            index -= 1
        }
        if items.count == 1, case .list(let inner) = items[0] {
            return inner
        }
        return items
    }

    /// `parseItem(isCombination, isDigit, buf)`; nil where Java would throw.
    private static func parseItem(
        _ isCombination: Bool, _ isDigit: Bool, _ buffer: ArraySlice<Unicode.Scalar>
    ) -> MavenItem? {
        if isCombination {
            let value = buffer.filter { $0 != "-" }
            let split = value.firstIndex(where: isJavaDigit) ?? 0
            let qualifier = MavenQualifier(String(String.UnicodeScalarView(value[..<split])), followedByDigit: true)
            guard let digits = parseNumber(value[split...]) else { return nil }
            return .combination(qualifier, digits)
        }
        if isDigit {
            return parseNumber(buffer).map(MavenItem.number)
        }
        return .string(MavenQualifier(String(String.UnicodeScalarView(buffer)), followedByDigit: false))
    }

    /// `stripLeadingZeroes`, then `IntItem`/`LongItem`/`BigIntegerItem` by length; Java's
    /// number parsers accept any Unicode decimal digit, and reject anything else.
    private static func parseNumber(_ digits: some Collection<Unicode.Scalar>) -> MavenNumber? {
        let stripped = digits.drop { $0 == "0" }
        var values: [UInt8] = []
        values.reserveCapacity(stripped.count)
        for scalar in stripped {
            guard isJavaDigit(scalar), let value = scalar.properties.numericValue, value >= 0, value <= 9 else {
                return nil
            }
            values.append(UInt8(value))
        }
        let width: UInt8 = values.count <= 9 ? 0 : (values.count <= 18 ? 1 : 2)
        return MavenNumber(width: width, value: VersionNumber(digitValues: values))
    }

    /// Java's `Character.isDigit(char)`: a decimal digit (Nd) in the Basic Multilingual Plane.
    private static func isJavaDigit(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value >= 0x30 && scalar.value <= 0x39 { return true }
        return scalar.value > 0x7F && scalar.value <= 0xFFFF && scalar.properties.generalCategory == .decimalNumber
    }
}
