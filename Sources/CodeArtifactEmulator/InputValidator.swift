import CodeArtifactModel
import Inventory

/// Collects constraint violations the way the service reports them:
/// `2 validation errors detected: Value 'x' at 'domain' failed to satisfy constraint: ...; ...`.
struct InputValidator {
    private(set) var problems: [String] = []

    static let domainPattern = #"[a-z][a-z0-9\-]{0,48}[a-z0-9]"#
    static let repositoryPattern = #"[A-Za-z0-9][A-Za-z0-9._\-]{1,99}"#
    static let componentPattern = #"[^#/\s]+"#

    mutating func fail(_ value: String?, at member: String, _ constraint: String) {
        let shown = value.map { "'\($0)'" } ?? "null"
        problems.append("Value \(shown) at '\(member)' failed to satisfy constraint: \(constraint)")
    }

    /// The error for everything collected, if anything.
    var error: APIError? {
        guard !problems.isEmpty else { return nil }
        let count =
            problems.count == 1 ? "1 validation error detected: " : "\(problems.count) validation errors detected: "
        return .validation(count + problems.joined(separator: "; "))
    }

    /// A required string member: reports `null` when missing.
    mutating func required(_ value: String?, at member: String) -> String? {
        guard let value else {
            fail(nil, at: member, "Member must not be null")
            return nil
        }
        return value
    }

    /// Length and pattern of a string member (length first, as the service checks).
    @discardableResult
    mutating func check(
        _ value: String?, at member: String, min: Int, max: Int, pattern: String, matches: (String) -> Bool
    ) -> String? {
        guard let value else { return nil }
        let length = value.unicodeScalars.count
        if length < min {
            fail(value, at: member, "Member must have length greater than or equal to \(min)")
            return nil
        }
        if length > max {
            fail(value, at: member, "Member must have length less than or equal to \(max)")
            return nil
        }
        guard matches(value) else {
            fail(value, at: member, "Member must satisfy regular expression pattern: \(pattern)")
            return nil
        }
        return value
    }

    mutating func domain(_ value: String?, at member: String = "domain") -> String? {
        check(value, at: member, min: 2, max: 50, pattern: Self.domainPattern, matches: NameRules.isDomainName)
    }

    mutating func accountId(_ value: String?, at member: String = "domainOwner") -> String? {
        check(value, at: member, min: 12, max: 12, pattern: "[0-9]{12}", matches: NameRules.isAccountId)
    }

    mutating func repository(_ value: String?, at member: String = "repository") -> String? {
        check(
            value, at: member, min: 2, max: 100, pattern: Self.repositoryPattern,
            matches: NameRules.isRepositoryName)
    }

    /// A package name, namespace, version or prefix: `[^#/\s]+`, 1 to 255.
    mutating func component(_ value: String?, at member: String) -> String? {
        check(
            value, at: member, min: 1, max: 255, pattern: Self.componentPattern,
            matches: NameRules.isPackageName)
    }

    mutating func token(_ value: String?, at member: String = "nextToken") -> String? {
        check(value, at: member, min: 1, max: 2000, pattern: #"\S+"#) { text in
            !text.unicodeScalars.contains {
                $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0B}" || $0 == "\u{0C}"
            }
        }
    }

    mutating func revision(_ value: String?, at member: String) -> String? {
        check(value, at: member, min: 1, max: 50, pattern: #"\S+"#, matches: NameRules.isRevision)
    }

    /// A member whose value must be one of `allowed`.
    mutating func oneOf<Value>(_ value: String?, at member: String, _ allowed: [(String, Value)]) -> Value? {
        guard let value else { return nil }
        guard let match = allowed.first(where: { $0.0 == value }) else {
            fail(value, at: member, "Member must satisfy enum value set: [\(allowed.map(\.0).joined(separator: ", "))]")
            return nil
        }
        return match.1
    }

    mutating func format(_ value: String?) -> PackageFormat? {
        oneOf(value, at: "format", PackageFormat.allCases.map { ($0.rawValue, $0) })
    }

    mutating func status(_ value: String?, at member: String) -> PackageVersionStatus? {
        oneOf(value, at: member, PackageVersionStatus.allCases.map { ($0.rawValue, $0) })
    }

    /// An integer member within `range`; the service rejects text that is not an integer.
    mutating func integer(_ value: String?, at member: String, range: ClosedRange<Int>) -> Int? {
        guard let value else { return nil }
        guard let number = Int(value) else {
            fail(value, at: member, "Member must be an integer")
            return nil
        }
        if number < range.lowerBound {
            fail(value, at: member, "Member must have value greater than or equal to \(range.lowerBound)")
            return nil
        }
        if number > range.upperBound {
            fail(value, at: member, "Member must have value less than or equal to \(range.upperBound)")
            return nil
        }
        return number
    }
}
