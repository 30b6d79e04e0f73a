import PruneManifest

/// Writes that passed the safety gate: the only way to a runner that sends anything. Only
/// ``SafetyGate`` makes one (its initialiser is internal to the engine), so no caller can
/// reach the writer without the guards having been recomputed from exactly these writes.
public struct ApprovedWrites: Sendable {
    /// The versions to act on, each with its region.
    public let writes: [PlannedWrite]
    /// The run settings (a shard's share already taken, exactly once).
    public let settings: Settings
    /// `K/N` when the run is one shard.
    public let shard: String?
    /// The manifest the writes came from.
    public let reference: ManifestReference
    /// Warnings from planning, for the report.
    public let warnings: [String]
    /// True when the input is a manifest planned now, which asks before acting.
    public let asksForConfirmation: Bool

    init(
        writes: [PlannedWrite], settings: Settings, shard: String?, reference: ManifestReference, warnings: [String],
        asksForConfirmation: Bool
    ) {
        self.writes = writes
        self.settings = settings
        self.shard = shard
        self.reference = reference
        self.warnings = warnings
        self.asksForConfirmation = asksForConfirmation
    }

    /// Versions per action, for the confirmation prompt.
    public var countsByAction: [TargetAction: Int] {
        var counts: [TargetAction: Int] = [:]
        for write in writes { counts[write.action, default: 0] += 1 }
        return counts
    }
}
