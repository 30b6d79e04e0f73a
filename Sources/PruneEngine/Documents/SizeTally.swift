import PruneManifest

/// What a plan frees, from its action entries: one rule for the saved plan's summary, the
/// preview's SIZE column and its totals. A measured version counts its size; in sample mode
/// an unmeasured version counts the rounded mean of its package's and action's measured
/// ones (an estimate); otherwise its size is unknown. Archive and unlist free nothing.
public struct SizeTally: Sendable, Hashable {
    /// What one version frees.
    public enum Estimate: Sendable, Hashable {
        /// These bytes; `estimated` when extrapolated rather than measured.
        case frees(Int64, estimated: Bool)
        /// A delete or dispose whose size is not known.
        case unknown
        /// Archive, unlist, or no action: frees nothing.
        case nothing
    }

    /// A running sum of estimates.
    public struct Total: Sendable, Hashable {
        /// Bytes freed (estimated in part when `estimated`).
        public var bytes: Int64 = 0
        /// True when any part was extrapolated.
        public var estimated = false
        /// Deletes and disposes whose size is unknown.
        public var unknown = 0

        /// An empty total.
        public init() {}

        /// Adds one version's estimate.
        public mutating func add(_ estimate: Estimate) {
            switch estimate {
            case .frees(let size, let isEstimate):
                bytes += size
                estimated = estimated || isEstimate
            case .unknown: unknown += 1
            case .nothing: break
            }
        }
    }

    /// How the sizes were measured.
    public let mode: SizingMode
    /// Sample mode: the rounded mean measured size per package and action.
    private let means: [String: Int64]
    /// The whole plan.
    public private(set) var total = Total()
    /// Per target, for every target that acts on something.
    public private(set) var byTarget: [String: Total] = [:]

    /// Sums `actions` (a saved plan's entries) measured in `mode`.
    public init(actions: [PlanDocument.Entry], mode: SizingMode) {
        self.mode = mode
        var sums: [String: (bytes: Int64, count: Int64)] = [:]
        if mode == .sample {
            for entry in actions {
                guard let size = entry.size, entry.action?.isIrreversible == true else { continue }
                let key = Self.group(entry)
                let sum = sums[key] ?? (0, 0)
                sums[key] = (sum.bytes + size, sum.count + 1)
            }
        }
        // Half up, in integers: the same bytes on every platform.
        means = sums.mapValues { ($0.bytes + $0.count / 2) / $0.count }
        for entry in actions {
            let estimate = estimate(entry)
            total.add(estimate)
            byTarget[entry.target, default: Total()].add(estimate)
        }
    }

    /// What `entry` frees.
    public func estimate(_ entry: PlanDocument.Entry) -> Estimate {
        guard let action = entry.action, action.isIrreversible else { return .nothing }
        if let size = entry.size { return .frees(size, estimated: false) }
        if let mean = means[Self.group(entry)] { return .frees(mean, estimated: true) }
        return .unknown
    }

    /// US dollars per month for `bytes` at `price` USD per GB-month, GB being 10^9 bytes as
    /// AWS bills storage.
    public static func monthlyCost(bytes: Int64, price: Double) -> Double {
        Double(bytes) / 1_000_000_000 * price
    }

    private static func group(_ entry: PlanDocument.Entry) -> String {
        (entry.coordinates.sortKey + [entry.action?.rawValue ?? ""]).joined(separator: "\u{0}")
    }
}
