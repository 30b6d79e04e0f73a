import CodeArtifactModel
import PruneManifest

/// `--shard K/N`: this process plans and acts on the packages whose 64-bit FNV-1a hash of
/// `domain/owner/repository/format/namespace/package` is K modulo N (0 ≤ K < N), so shards
/// are disjoint and together cover the plan. Each shard takes 1/N of every rate budget and
/// its own `maxDeletions`.
public struct Shard: Sendable, Hashable, CustomStringConvertible {
    /// This shard's index, 0-based.
    public let index: Int
    /// Number of shards.
    public let count: Int

    /// Parses `K/N`; nil unless 0 ≤ K < N.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, index >= 0,
            index < count
        else { return nil }
        self.index = index
        self.count = count
    }

    /// True when the package belongs to this shard.
    public func contains(_ coordinates: PackageCoordinates) -> Bool {
        Self.hash(of: coordinates) % UInt64(count) == UInt64(index)
    }

    /// FNV-1a, 64 bits, over the UTF-8 of the coordinates' key.
    public static func hash(of coordinates: PackageCoordinates) -> UInt64 {
        fnv1a64(
            [
                coordinates.domain, coordinates.domainOwner ?? "", coordinates.repository, coordinates.format.rawValue,
                coordinates.namespace ?? "", coordinates.package,
            ].joined(separator: "/"))
    }

    /// The 64-bit FNV-1a hash of `text`'s UTF-8 bytes.
    static func fnv1a64(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// `K/N`.
    public var description: String { "\(index)/\(count)" }

    /// This shard's settings: every rate budget divided by the number of shards.
    public func share(of settings: Settings) -> Settings {
        guard count > 1 else { return settings }
        var shared = settings
        for key in RateLimitKey.allCases { shared.rateLimits[key] = settings.rateLimit(for: key) / Double(count) }
        return shared
    }
}
