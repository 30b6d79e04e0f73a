// TEMPORARY: stands in for the real per-format orderings (branch `versions`) until they merge.
import PruneManifest

public struct ParsedVersion: Comparable, Sendable {
    let parts: [Int]
    public static func < (a: Self, b: Self) -> Bool { a.parts.lexicographicallyPrecedes(b.parts) }
}

public struct VersionOrder: Sendable {
    public let format: PackageFormat
    public init(format: PackageFormat, packageVersions: some Sequence<String>) { self.format = format }
    public func parse(_ version: String) -> ParsedVersion? {
        let parts = version.split(separator: ".").map { Int($0) }
        guard !parts.isEmpty, !parts.contains(nil) else { return nil }
        return ParsedVersion(parts: parts.map { $0! })
    }
    public var ruleName: String { "stub" }
}
