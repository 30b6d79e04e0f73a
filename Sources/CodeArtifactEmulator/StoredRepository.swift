/// A repository in the emulator's state: packages by key, with the list order kept sorted.
struct StoredRepository: Sendable {
    var name: String
    var packages: [PackageKey: StoredPackage]
    private(set) var order: [PackageKey]

    init(name: String, packages: [StoredPackage]) {
        self.name = name
        self.packages = Dictionary(packages.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        self.order = self.packages.keys.sorted()
    }
}
