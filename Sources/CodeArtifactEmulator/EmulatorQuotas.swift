import Foundation

/// Request quotas: a token bucket per operation and one per class (`reads`, `writes`); a
/// request needs a token from its operation's bucket (if it has one) and from its class's.
///
/// Text form (`--quota`, `/_emulator/config`), comma-separated, applied left to right:
/// - `NAME=RATE` or `NAME=RATE/BURST`: requests per second and bucket size (default: one
///   second of rate); NAME is an operation (`ListPackages`...), `reads`, `writes` or `all`
///   (every operation and both classes).
/// - `NAME=off`: no limit for NAME.
/// - `scale=F`: multiply every rate and burst set so far by F.
/// - `aws`: AWS's defaults; `off` (or `none`, `unlimited`): no quotas at all.
///
/// Example: `writes=20,ListPackageVersions=50/100` or `scale=20` or `off`.
public struct EmulatorQuotas: Sendable, Hashable, CustomStringConvertible {
    /// One bucket's rate and size.
    public struct Limit: Sendable, Hashable {
        /// Tokens added per second.
        public var rate: Double
        /// Bucket size (the burst a quiet client may send at once).
        public var burst: Double

        /// A limit; the burst defaults to one second of rate (at least 1).
        public init(rate: Double, burst: Double? = nil) {
            self.rate = rate
            self.burst = burst ?? max(1, rate)
        }
    }

    /// Per-operation limits (operations without one are limited by their class only).
    public var operations: [EmulatorOperation: Limit]
    /// The shared limit of ListPackages, ListPackageVersions and DescribePackageVersion.
    public var reads: Limit?
    /// The shared limit of the three writes.
    public var writes: Limit?

    /// Creates quotas.
    public init(operations: [EmulatorOperation: Limit] = [:], reads: Limit? = nil, writes: Limit? = nil) {
        self.operations = operations
        self.reads = reads
        self.writes = writes
    }

    /// AWS's defaults (per account and region): ListPackages 200/s, ListPackageVersions 200/s,
    /// ListPackageVersionAssets 200/s, reads 800/s, writes 100/s; DescribePackageVersion has no
    /// row of its own.
    public static let aws = EmulatorQuotas(
        operations: [
            .listPackages: Limit(rate: 200), .listPackageVersions: Limit(rate: 200),
            .listPackageVersionAssets: Limit(rate: 200),
        ],
        reads: Limit(rate: 800), writes: Limit(rate: 100))

    /// No limits.
    public static let unlimited = EmulatorQuotas()

    /// Every rate and burst multiplied by `factor`.
    public func scaled(by factor: Double) -> EmulatorQuotas {
        func scale(_ limit: Limit) -> Limit { Limit(rate: limit.rate * factor, burst: limit.burst * factor) }
        return EmulatorQuotas(
            operations: operations.mapValues(scale), reads: reads.map(scale), writes: writes.map(scale))
    }

    /// Applies the text form to `base`.
    public static func parse(_ text: String, base: EmulatorQuotas = .aws) throws(EmulatorConfigurationError)
        -> EmulatorQuotas
    {
        var quotas = base
        for rawItem in text.split(separator: ",") {
            let item = rawItem.trimmingCharacters(in: .whitespaces)
            switch item.lowercased() {
            case "": continue
            case "aws": quotas = .aws
            case "off", "none", "unlimited": quotas = .unlimited
            default:
                guard let equals = item.firstIndex(of: "=") else {
                    throw .quotas(
                        "invalid quota item '\(item)' (expected NAME=RATE[/BURST], NAME=off, scale=F, aws or off)")
                }
                let name = String(item[..<equals])
                let value = String(item[item.index(after: equals)...])
                if name.lowercased() == "scale" {
                    guard let factor = Double(value), factor > 0 else {
                        throw .quotas("invalid scale '\(value)' (expected a positive number)")
                    }
                    quotas = quotas.scaled(by: factor)
                    continue
                }
                let limit = try parseLimit(value, item: item)
                switch name.lowercased() {
                case "reads": quotas.reads = limit
                case "writes": quotas.writes = limit
                case "all":
                    quotas.reads = limit
                    quotas.writes = limit
                    for operation in EmulatorOperation.allCases { quotas.operations[operation] = limit }
                default:
                    guard let operation = EmulatorOperation.named(name) else {
                        throw .quotas(
                            "unknown quota name '\(name)' (expected an operation such as ListPackages, or reads, "
                                + "writes, all, scale)")
                    }
                    quotas.operations[operation] = limit
                }
            }
        }
        return quotas
    }

    private static func parseLimit(_ value: String, item: String) throws(EmulatorConfigurationError) -> Limit? {
        if ["off", "none", "unlimited"].contains(value.lowercased()) { return nil }
        let parts = value.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 2, let rate = Double(parts[0]), rate > 0, rate.isFinite else {
            throw .quotas("invalid rate in '\(item)' (expected a positive number of requests per second)")
        }
        var burst: Double?
        if parts.count == 2 {
            guard let size = Double(parts[1]), size >= 1, size.isFinite else {
                throw .quotas("invalid burst in '\(item)' (expected a number of at least 1)")
            }
            burst = size
        }
        return Limit(rate: rate, burst: burst)
    }

    /// The text form of these quotas (parseable by ``parse(_:base:)`` from `off`).
    public var description: String {
        func text(_ limit: Limit?) -> String {
            guard let limit else { return "off" }
            return "\(format(limit.rate))/\(format(limit.burst))"
        }
        func format(_ number: Double) -> String {
            number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        }
        var items = ["off", "reads=\(text(reads))", "writes=\(text(writes))"]
        for operation in EmulatorOperation.allCases {
            if let limit = operations[operation] { items.append("\(operation.rawValue)=\(text(limit))") }
        }
        return items.joined(separator: ",")
    }
}
