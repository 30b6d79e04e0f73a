import CodeArtifactModel

/// A set of version statuses as one byte: a target's `select.status` is asked about every
/// version it covers, and a `Set` is a reference counted buffer to hash into each time.
struct StatusBits: Sendable {
    private var bits: UInt8 = 0

    init(_ statuses: some Sequence<PackageVersionStatus>) {
        for status in statuses { bits |= Self.bit(status) }
    }

    func contains(_ status: PackageVersionStatus) -> Bool { bits & Self.bit(status) != 0 }

    private static func bit(_ status: PackageVersionStatus) -> UInt8 {
        switch status {
        case .published: return 1 << 0
        case .unfinished: return 1 << 1
        case .unlisted: return 1 << 2
        case .archived: return 1 << 3
        case .disposed: return 1 << 4
        case .deleted: return 1 << 5
        }
    }
}
