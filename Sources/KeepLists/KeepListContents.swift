/// What one keep file names: its entries, and the files it includes (`-r FILE`).
public struct KeepListContents: Sendable, Hashable {
    /// The resolved versions named.
    public var entries: [KeepListEntry] = []
    /// Other files to read too, as written, with the line that names them.
    public var includes: [(path: String, line: Int)] = []

    /// Creates contents.
    public init(entries: [KeepListEntry] = [], includes: [(path: String, line: Int)] = []) {
        self.entries = entries
        self.includes = includes
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.entries == rhs.entries && lhs.includes.map(\.path) == rhs.includes.map(\.path)
            && lhs.includes.map(\.line) == rhs.includes.map(\.line)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(entries)
    }
}
