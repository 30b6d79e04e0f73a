/// Why no protection held for a selected version.
enum ProtectionMiss: Sendable, Hashable {
    case noKeep
    case rank(Int32, of: Int32)
    case outsidePool
    case noneHolds

    var text: String {
        switch self {
        case .noKeep: return "no keep condition"
        case .rank(let rank, let of): return "not among keep.latest \(of) (rank \(rank))"
        case .outsidePool: return "outside the keep.latest pool"
        case .noneHolds: return "no keep condition holds"
        }
    }
}
