import Foundation

/// Injected faults per operation, drawn from a seeded generator so a run can be repeated:
/// a probability of 500 `InternalServerException`, a probability of a 502, 503 or 504 page from
/// a load balancer in front of the service (HTML, no `X-Amzn-ErrorType`; the status is drawn
/// from the same generator), a probability of a dropped connection (the socket closes without
/// an answer), and added latency (fixed plus uniform jitter). A fault strikes before the change
/// is made or after it (by default either, half and half), so clients meet writes of unknown
/// outcome.
///
/// Text form (`--faults`, `/_emulator/config`), comma-separated, applied left to right:
/// - `TARGET=ITEM` selects TARGET (an operation such as `DeletePackageVersions`, or `reads`,
///   `writes`, `all`) and applies ITEM to it; later items without `TARGET=` go to it too.
///   Items before any target go to `all`.
/// - `500:P` (or `error:P`): probability P (0..1) of a 500.
/// - `gateway:P`: probability P of a 502/503/504 page from a load balancer (each a third).
/// - `drop:P`: probability P of a dropped connection.
/// - The probabilities of one target add up to at most 1.
/// - `latency:FIXED[+JITTER]`: durations such as `20ms`, `1s`, `250us`.
/// - `when:before|after|either`: when an error, page or drop strikes relative to the change.
/// - `off`: no faults for the target.
/// - `seed=N`: the generator's seed (default 0).
///
/// Example: `all=500:0.05,drop:0.02,seed=7`, `writes=gateway:0.55,when:either,seed=3` or
/// `DeletePackageVersions=500:0.1,latency:20ms+10ms,when:after,ListPackages=latency:5ms`.
public struct EmulatorFaults: Sendable, Hashable, CustomStringConvertible {
    /// The faults of one operation.
    public struct Rule: Sendable, Hashable {
        /// When a fault strikes relative to the change.
        public enum Timing: String, Sendable, Hashable, CaseIterable {
            /// Before: nothing changed.
            case before
            /// After: the change was made, the client does not learn it.
            case after
            /// Either, half and half.
            case either
        }

        /// Probability of a 500 `InternalServerException`.
        public var errorProbability: Double
        /// Probability of a dropped connection.
        public var dropProbability: Double
        /// Probability of a 502, 503 or 504 page from a load balancer (no `X-Amzn-ErrorType`).
        public var gatewayProbability: Double
        /// Latency added to every request.
        public var latency: Duration
        /// Up to this much more latency, uniformly drawn.
        public var jitter: Duration
        /// When errors, pages and drops strike.
        public var timing: Timing

        /// Creates a rule.
        public init(
            errorProbability: Double = 0, dropProbability: Double = 0, gatewayProbability: Double = 0,
            latency: Duration = .zero, jitter: Duration = .zero, timing: Timing = .either
        ) {
            self.errorProbability = errorProbability
            self.dropProbability = dropProbability
            self.gatewayProbability = gatewayProbability
            self.latency = latency
            self.jitter = jitter
            self.timing = timing
        }

        /// Whether the rule does anything.
        public var isActive: Bool {
            errorProbability > 0 || dropProbability > 0 || gatewayProbability > 0 || latency > .zero
                || jitter > .zero
        }
    }

    /// Rules per operation (none: no faults).
    public var rules: [EmulatorOperation: Rule]
    /// The seed of the generators (one per operation, derived from it).
    public var seed: UInt64

    /// Creates faults.
    public init(rules: [EmulatorOperation: Rule] = [:], seed: UInt64 = 0) {
        self.rules = rules
        self.seed = seed
    }

    /// No faults.
    public static let none = EmulatorFaults()

    /// Applies the text form to `base`.
    public static func parse(_ text: String, base: EmulatorFaults = .none) throws(EmulatorConfigurationError)
        -> EmulatorFaults
    {
        var faults = base
        var targets = EmulatorOperation.allCases
        for rawItem in text.split(separator: ",") {
            var item = rawItem.trimmingCharacters(in: .whitespaces)
            if item.isEmpty { continue }
            if let equals = item.firstIndex(of: "=") {
                let name = String(item[..<equals])
                let value = String(item[item.index(after: equals)...])
                if name.lowercased() == "seed" {
                    guard let seed = UInt64(value) else {
                        throw .faults("invalid seed '\(value)' (expected a non-negative integer)")
                    }
                    faults.seed = seed
                    continue
                }
                switch name.lowercased() {
                case "all": targets = EmulatorOperation.allCases
                case "reads": targets = EmulatorOperation.allCases.filter { !$0.isWrite }
                case "writes": targets = EmulatorOperation.allCases.filter(\.isWrite)
                default:
                    guard let operation = EmulatorOperation.named(name) else {
                        throw .faults(
                            "unknown fault target '\(name)' (expected an operation such as DeletePackageVersions, "
                                + "or reads, writes, all, seed)")
                    }
                    targets = [operation]
                }
                item = value
            }
            for target in targets {
                var rule = faults.rules[target] ?? Rule()
                try apply(item, to: &rule)
                faults.rules[target] = rule.isActive ? rule : nil
            }
        }
        return faults
    }

    private static func apply(_ item: String, to rule: inout Rule) throws(EmulatorConfigurationError) {
        if item.lowercased() == "off" || item.lowercased() == "none" {
            rule = Rule()
            return
        }
        guard let colon = item.firstIndex(of: ":") else {
            throw .faults(
                "invalid fault item '\(item)' (expected 500:P, gateway:P, drop:P, latency:D[+J], when:W or off)")
        }
        let kind = item[..<colon].lowercased()
        let value = String(item[item.index(after: colon)...])
        switch kind {
        case "500", "error":
            rule.errorProbability = try probability(value, item: item)
        case "drop":
            rule.dropProbability = try probability(value, item: item)
        case "gateway":
            rule.gatewayProbability = try probability(value, item: item)
        case "latency":
            let parts = value.split(separator: "+", omittingEmptySubsequences: false).map(String.init)
            guard parts.count <= 2, let fixed = duration(parts[0]) else {
                throw .faults("invalid latency '\(value)' (expected FIXED[+JITTER], e.g. 20ms+10ms)")
            }
            rule.latency = fixed
            if parts.count == 2 {
                guard let jitter = duration(parts[1]) else {
                    throw .faults("invalid latency jitter '\(parts[1])' (expected a duration such as 10ms)")
                }
                rule.jitter = jitter
            } else {
                rule.jitter = .zero
            }
        case "when":
            guard let timing = Rule.Timing(rawValue: value.lowercased()) else {
                throw .faults("invalid timing '\(value)' (expected before, after or either)")
            }
            rule.timing = timing
        default:
            throw .faults("unknown fault kind '\(kind)' (expected 500, gateway, drop, latency or when)")
        }
        // A little slack: decimal probabilities that add up to 1 may sum a hair above it in binary.
        if rule.errorProbability + rule.dropProbability + rule.gatewayProbability > 1 + 1e-9 {
            throw .faults("the probabilities of 500s, gateway pages and drops add up to more than 1")
        }
    }

    private static func probability(_ value: String, item: String) throws(EmulatorConfigurationError) -> Double {
        var text = value
        var scale = 1.0
        if text.hasSuffix("%") {
            text.removeLast()
            scale = 100
        }
        guard let number = Double(text), number >= 0, number / scale <= 1 else {
            throw .faults("invalid probability in '\(item)' (expected 0..1, or a percentage such as 5%)")
        }
        return number / scale
    }

    /// `20ms`, `1.5s`, `250us`, `0`.
    static func duration(_ text: String) -> Duration? {
        let units: [(String, Double)] = [("ms", 1e-3), ("us", 1e-6), ("µs", 1e-6), ("ns", 1e-9), ("s", 1)]
        if text == "0" { return .zero }
        for (suffix, scale) in units where text.hasSuffix(suffix) {
            guard let number = Double(text.dropLast(suffix.count)), number >= 0, number.isFinite else { return nil }
            return .nanoseconds(Int64((number * scale * 1e9).rounded()))
        }
        return nil
    }

    /// The text form (parseable by ``parse(_:base:)``).
    public var description: String {
        var items: [String] = []
        for operation in EmulatorOperation.allCases {
            guard let rule = rules[operation] else { continue }
            var parts = [
                "\(operation.rawValue)=500:\(rule.errorProbability)", "gateway:\(rule.gatewayProbability)",
                "drop:\(rule.dropProbability)",
            ]
            let latency = rule.latency.components
            let jitter = rule.jitter.components
            func milliseconds(_ parts: (seconds: Int64, attoseconds: Int64)) -> String {
                let value = Double(parts.seconds) * 1000 + Double(parts.attoseconds) / 1e15
                return "\(value)ms"
            }
            parts.append("latency:\(milliseconds(latency))+\(milliseconds(jitter))")
            parts.append("when:\(rule.timing.rawValue)")
            items.append(parts.joined(separator: ","))
        }
        items.append("seed=\(seed)")
        return items.joined(separator: ",")
    }
}
