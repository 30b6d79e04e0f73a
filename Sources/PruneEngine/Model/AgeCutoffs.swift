import Foundation

/// The instants a package's age rules compare publish times with.
public struct AgeCutoffs: Sendable, Hashable {
    /// `now - select.olderThan` of each covering target: "is it published before this?"
    public var older: Set<Date> = []
    /// `now - keep.newerThan` of each covering target: "is it published after this?"
    public var newer: Set<Date> = []

    /// Creates cutoffs.
    public init(older: Set<Date> = [], newer: Set<Date> = []) {
        self.older = older
        self.newer = newer
    }

    /// True when no rule needs a publish time.
    public var isEmpty: Bool { older.isEmpty && newer.isEmpty }
}
