/// The protections found for a package's versions: the first for each version (what the
/// decision says) and, for `--explain`, all of them in target order.
///
/// Only the first is kept otherwise: a list per protected version was an allocation per
/// version on large packages, for lines that only the trace prints.
struct ProtectionBook {
    /// The first protection of each version: the target's position and why.
    private(set) var first: [(target: Int, reason: ProtectionReason)?]
    /// Every protection of each version, when kept (else empty lists).
    private(set) var all: [[(target: Int, reason: ProtectionReason)]]
    private let keepsAll: Bool

    init(count: Int, keepsAll: Bool) {
        first = Array(repeating: nil, count: count)
        all = Array(repeating: [], count: keepsAll ? count : 0)
        self.keepsAll = keepsAll
    }

    mutating func add(_ reason: ProtectionReason, by target: Int, to index: Int) {
        if first[index] == nil { first[index] = (target, reason) }
        if keepsAll { all[index].append((target, reason)) }
    }
}
