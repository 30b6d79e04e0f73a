import CodeArtifactModel
import Foundation
import TestSupport
import Testing

@testable import PruneEngine

@Suite("Binary search for age boundaries")
struct AgeBoundarySearchTests {
    /// Counts describes; thread-confined by the test's sequential awaits.
    final class Counter: @unchecked Sendable {
        var calls = 0
    }

    /// Newest-first times with repeats, `count` long.
    func times(_ count: Int, using random: inout SeededGenerator) -> [Date] {
        var current = 2_000_000_000.0
        return (0..<count).map { _ in
            if Int.random(in: 0..<4, using: &random) != 0 {
                current -= Double.random(in: 1...86_400 * 3, using: &random)
            }
            return Date(timeIntervalSince1970: current)
        }
    }

    @Test func boundariesMatchBruteForceAndStayWithinLog2PlusTwo() async throws {
        var random = SeededGenerator(seed: 42)
        for count in [1, 2, 3, 7, 50, 100, 1_000, 4_097] {
            let list = times(count, using: &random)
            for _ in 0..<5 {
                let cutoff = list[Int.random(in: 0..<count, using: &random)].addingTimeInterval(
                    [0, 1, -1][Int.random(in: 0..<3, using: &random)])
                let bound = Int(ceil(log2(Double(max(count, 1))))) + 2
                let older = Counter()
                let olderResult = try await AgeBoundarySearch.search(
                    count: count, cutoffs: AgeCutoffs(older: [cutoff])
                ) { index in
                    older.calls += 1
                    return list[index]
                }
                #expect(olderResult.boundaries[cutoff]?.firstOlder == list.firstIndex { $0 < cutoff } ?? count)
                #expect(older.calls <= bound, "n=\(count): \(older.calls) describes for one boundary")
                let newer = Counter()
                let newerResult = try await AgeBoundarySearch.search(
                    count: count, cutoffs: AgeCutoffs(newer: [cutoff])
                ) { index in
                    newer.calls += 1
                    return list[index]
                }
                #expect(newerResult.boundaries[cutoff]?.firstNotNewer == list.firstIndex { $0 <= cutoff } ?? count)
                #expect(newer.calls <= bound)
            }
        }
    }

    @Test func boundariesGiveTheSameAgesAsKnownTimes() async throws {
        var random = SeededGenerator(seed: 7)
        let list = times(300, using: &random)
        let cutoff = list[150]
        let result = try await AgeBoundarySearch.search(
            count: list.count, cutoffs: AgeCutoffs(older: [cutoff], newer: [cutoff])
        ) {
            list[$0]
        }
        let coordinates = PackageCoordinates(domain: "d1", repository: "r1", format: .npm, package: "p")
        let records = list.indices.map { VersionRecord(version: "1.0.\($0)", status: .published) }
        let searched = PackageVersions(
            coordinates: coordinates, versionsNewestFirst: records, boundaries: result.boundaries)
        let known = PackageVersions(
            coordinates: coordinates,
            versionsNewestFirst: list.indices.map {
                VersionRecord(version: "1.0.\($0)", status: .published, publishedTime: list[$0])
            })
        for index in list.indices {
            #expect(searched.isOlder(index, than: cutoff) == known.isOlder(index, than: cutoff))
            #expect(searched.isNewer(index, than: cutoff) == known.isNewer(index, than: cutoff))
        }
    }

    @Test func nonMonotonicTimesFallBackToDescribingEverything() async throws {
        let list = [1.0, 5.0, 3.0, 9.0].map { Date(timeIntervalSince1970: $0) }
        let counter = Counter()
        let result = try await AgeBoundarySearch.search(
            count: 4, cutoffs: AgeCutoffs(older: [Date(timeIntervalSince1970: 4)])
        ) {
            counter.calls += 1
            return list[$0]
        }
        #expect(counter.calls == 4)
        #expect(result.times.count == 4)
        #expect(result.boundaries.isEmpty)
        #expect(result.notes.first?.contains("every version was described") == true)
    }

    @Test func noCutoffsNoDescribes() async throws {
        let counter = Counter()
        _ = try await AgeBoundarySearch.search(count: 10, cutoffs: AgeCutoffs()) { _ in
            counter.calls += 1
            return nil
        }
        #expect(counter.calls == 0)
    }
}
