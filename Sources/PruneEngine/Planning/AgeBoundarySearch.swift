import Foundation

/// Settles each age cutoff of a package with a binary search over its newest-first list,
/// describing about log2(n) versions per cutoff instead of every version (docs/spec/manifest.md, "Age
/// rules and publishedTime"). Describes are memoised across cutoffs.
public struct AgeBoundarySearch: Sendable {
    /// What the search learnt.
    public struct Result: Sendable {
        /// Boundaries per cutoff (empty after a fallback, where every time is known instead).
        public var boundaries: [Date: AgeBoundary]
        /// Publish times learnt, by index.
        public var times: [Int: Date]
        /// Notes for the decision trace.
        public var notes: [String]
    }

    /// Finds the boundaries for `cutoffs` in a list of `count` versions, calling `describe`
    /// (the publish time of the version at an index; nil when the service has none).
    public static func search(
        count: Int, cutoffs: AgeCutoffs, describe: (Int) async throws -> Date?
    ) async throws -> Result {
        var times: [Int: Date?] = [:]
        func time(_ index: Int) async throws -> Date? {
            if let known = times[index] { return known }
            let value = try await describe(index)
            times[index] = value
            return value
        }
        guard count > 0, !cutoffs.isEmpty else { return Result(boundaries: [:], times: [:], notes: []) }

        // The direction, once per package: the two ends.
        let newest = try await time(0)
        let oldest = try await time(count - 1)
        guard let newest, let oldest, newest >= oldest else {
            for index in 0..<count { _ = try await time(index) }
            return Result(
                boundaries: [:], times: times.compactMapValues { $0 },
                notes: [
                    "publish times are not newest-first (or missing) at the list's ends: every version was described"
                ])
        }

        /// First index in 0..<count whose time satisfies `past` (monotonic: false…false true…true).
        func firstIndex(where past: (Date) -> Bool) async throws -> Int {
            if past(newest) { return 0 }
            if !past(oldest) { return count }
            var low = 0  // known not past
            var high = count - 1  // known past
            while high - low > 1 {
                let middle = low + (high - low) / 2
                // A missing time in the middle cannot be placed: treat it as not past (kept, safe).
                if let value = try await time(middle), past(value) { high = middle } else { low = middle }
            }
            return high
        }

        var boundaries: [Date: AgeBoundary] = [:]
        for cutoff in cutoffs.older.sorted() {
            boundaries[cutoff, default: AgeBoundary()].firstOlder = try await firstIndex { $0 < cutoff }
        }
        for cutoff in cutoffs.newer.sorted() {
            boundaries[cutoff, default: AgeBoundary()].firstNotNewer = try await firstIndex { $0 <= cutoff }
        }
        return Result(boundaries: boundaries, times: times.compactMapValues { $0 }, notes: [])
    }
}
