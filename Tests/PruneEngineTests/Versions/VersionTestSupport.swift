import CodeArtifactModel
import PruneManifest
import TestSupport
import Testing

@testable import PruneEngine

/// Assertions shared by the per-format suites.
enum VersionAssert {
    static func order(_ format: PackageFormat, versions: [String] = []) -> VersionOrder {
        VersionOrder(format: format, packageVersions: versions)
    }

    /// Every pair `(i < j)` of `ascending` compares `<` both ways round (the reference
    /// suites' `checkVersionsOrder`), and each element equals itself.
    static func ascending(
        _ ascending: [String], _ format: PackageFormat, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let order = order(format, versions: ascending)
        let parsed = ascending.map { order.parse($0) }
        for (index, version) in parsed.enumerated() where version == nil {
            Issue.record("\(ascending[index]) does not parse as \(format)", sourceLocation: sourceLocation)
        }
        for i in parsed.indices {
            guard let low = parsed[i] else { continue }
            #expect(low == low, sourceLocation: sourceLocation)
            for j in parsed.indices where j > i {
                guard let high = parsed[j] else { continue }
                #expect(low < high, "\(ascending[i]) < \(ascending[j])", sourceLocation: sourceLocation)
                #expect(!(high < low), "not \(ascending[j]) < \(ascending[i])", sourceLocation: sourceLocation)
                #expect(low != high, "\(ascending[i]) != \(ascending[j])", sourceLocation: sourceLocation)
            }
        }
    }

    static func less(
        _ low: String, _ high: String, _ format: PackageFormat,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        ascending([low, high], format, sourceLocation: sourceLocation)
    }

    static func equal(
        _ first: String, _ second: String, _ format: PackageFormat,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let order = order(format, versions: [first, second])
        guard let a = order.parse(first), let b = order.parse(second) else {
            Issue.record("\(first) or \(second) does not parse as \(format)", sourceLocation: sourceLocation)
            return
        }
        #expect(a == b, "\(first) == \(second)", sourceLocation: sourceLocation)
        #expect(!(a < b) && !(b < a), "neither \(first) < \(second) nor the reverse", sourceLocation: sourceLocation)
    }

    static func parses(
        _ version: String, _ format: PackageFormat, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        #expect(order(format).parse(version) != nil, "\(version) parses as \(format)", sourceLocation: sourceLocation)
    }

    static func unparseable(
        _ version: String, _ format: PackageFormat, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        #expect(
            order(format).parse(version) == nil, "\(version) is unparseable as \(format)",
            sourceLocation: sourceLocation)
    }

    /// Shuffles a known-sorted list with a fixed seed, sorts it by parsed version and
    /// expects the original order back.
    static func sortRestores(
        _ sorted: [String], _ format: PackageFormat, seed: UInt64 = 42,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let order = order(format, versions: sorted)
        var generator = SeededGenerator(seed: seed)
        let shuffled = sorted.shuffled(using: &generator)
        let parsed = shuffled.compactMap { version in order.parse(version).map { (version, $0) } }
        #expect(parsed.count == sorted.count, "all parse", sourceLocation: sourceLocation)
        let resorted = parsed.sorted { $0.1 < $1.1 }.map(\.0)
        #expect(resorted == sorted, sourceLocation: sourceLocation)
    }
}
