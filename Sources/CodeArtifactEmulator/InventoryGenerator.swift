import CodeArtifactModel
import Foundation
import Inventory

/// Synthetic inventories for demos and benchmarks: realistic version strings for each format,
/// publish times spread over about two years before `now` (each package's versions newer as
/// they go), a few Unlisted and Archived versions, some EXTERNAL origins, and each version's
/// files (``AssetSeries``: a jar, a pom and a sources jar for maven, a tarball for npm...). The same
/// specification always gives the same inventory.
///
/// Text form (`--generate`): `packages=N,versions=M[,seed=S][,formats=npm+maven+...]`
/// `[,repository=NAME][,domain=NAME][,owner=ACCOUNT][,now=RFC3339][,assets=off]`. Without `repository`,
/// packages go to `npm-store` (npm), `maven-releases` (maven), `python-internal` (pypi) and
/// `shared-store` (the other formats). `now` defaults to the start of the current UTC day.
public struct InventoryGenerator: Sendable, Hashable {
    /// Packages in all.
    public var packages: Int
    /// Versions per package.
    public var versions: Int
    /// The seed.
    public var seed: UInt64
    /// The formats to draw from (weighted like a typical organisation: npm, maven and pypi most).
    public var formats: [PackageFormat]
    /// One repository for every package, instead of one per format family.
    public var repository: String?
    /// The domain.
    public var domain: String
    /// The domain's owner.
    public var owner: String
    /// The newest possible publish time.
    public var now: Date
    /// Give every version its files (`assets=off` leaves them out: smaller seeds for
    /// benchmarks that measure nothing but evaluation).
    public var assets = true

    /// Creates a specification.
    public init(
        packages: Int, versions: Int, seed: UInt64 = 1, formats: [PackageFormat] = PackageFormat.allCases,
        repository: String? = nil, domain: String = "acme", owner: String = "111122223333",
        now: Date = InventoryGenerator.startOfToday()
    ) {
        self.packages = packages
        self.versions = versions
        self.seed = seed
        self.formats = formats
        self.repository = repository
        self.domain = domain
        self.owner = owner
        self.now = now
    }

    /// Midnight UTC of the day `dates` reads.
    public static func startOfToday(_ dates: DateSource = .system) -> Date {
        let seconds = dates.now().timeIntervalSince1970
        return Date(timeIntervalSince1970: seconds - seconds.truncatingRemainder(dividingBy: 86_400))
    }

    /// Parses the text form.
    public static func parse(_ text: String, owner: String = "111122223333") throws(EmulatorConfigurationError)
        -> InventoryGenerator
    {
        var packages: Int?
        var versions: Int?
        var generator = InventoryGenerator(packages: 0, versions: 0, owner: owner)
        for item in text.split(separator: ",") {
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else {
                throw .generator("invalid --generate item '\(item)' (expected KEY=VALUE)")
            }
            let (key, value) = (parts[0].trimmingCharacters(in: .whitespaces), parts[1])
            switch key {
            case "packages":
                guard let number = Int(value), number >= 0, number <= 1_000_000 else {
                    throw .generator("invalid packages '\(value)' (expected 0 to 1000000)")
                }
                packages = number
            case "versions":
                guard let number = Int(value), number >= 0, number <= 100_000 else {
                    throw .generator("invalid versions '\(value)' (expected 0 to 100000 per package)")
                }
                versions = number
            case "seed":
                guard let number = UInt64(value) else { throw .generator("invalid seed '\(value)'") }
                generator.seed = number
            case "formats":
                var formats: [PackageFormat] = []
                for name in value.split(separator: "+") {
                    guard let format = PackageFormat(rawValue: String(name)) else {
                        throw .generator(
                            "unknown format '\(name)' (expected some of "
                                + PackageFormat.allCases.map(\.rawValue).joined(separator: "+") + ")")
                    }
                    formats.append(format)
                }
                guard !formats.isEmpty else { throw .generator("formats= needs at least one format") }
                generator.formats = formats
            case "repository":
                guard NameRules.isRepositoryName(value) else {
                    throw .generator("invalid repository '\(value)'")
                }
                generator.repository = value
            case "domain":
                guard NameRules.isDomainName(value) else { throw .generator("invalid domain '\(value)'") }
                generator.domain = value
            case "owner":
                guard NameRules.isAccountId(value) else { throw .generator("invalid owner '\(value)'") }
                generator.owner = value
            case "now":
                guard let date = InventoryTimestamp.parse(value) else { throw .generator("invalid now '\(value)'") }
                generator.now = date
            case "assets":
                guard value == "on" || value == "off" else { throw .generator("invalid assets '\(value)' (on or off)") }
                generator.assets = value == "on"
            default:
                throw .generator(
                    "unknown --generate key '\(key)' (expected packages, versions, seed, formats, repository, domain, "
                        + "owner, now, assets)")
            }
        }
        guard let packages, let versions else {
            throw .generator("--generate needs packages=N and versions=M, e.g. packages=2000,versions=50,seed=1")
        }
        generator.packages = packages
        generator.versions = versions
        return generator
    }

    /// The inventory.
    public func generate() -> Inventory {
        var random = SplitMix64(seed: seed)
        var repositories: [String: [Inventory.Package]] = [:]
        var taken = Set<String>()
        let weights: [PackageFormat: Double] = [
            .npm: 30, .maven: 20, .pypi: 20, .nuget: 10, .generic: 10, .cargo: 5, .ruby: 3, .swift: 2,
        ]
        let total = formats.reduce(0) { $0 + (weights[$1] ?? 1) }
        for index in 0..<packages {
            var draw = random.nextUnit() * total
            var format = formats[formats.count - 1]
            for candidate in formats {
                draw -= weights[candidate] ?? 1
                if draw < 0 {
                    format = candidate
                    break
                }
            }
            var (namespace, name) = VersionSeries.name(format: format, using: &random)
            let identity = { "\(format.rawValue)/\(namespace ?? "")/\(name)" }
            if taken.contains(identity()) { name += "-\(index)" }
            taken.insert(identity())
            var package = Inventory.Package(
                format: format, namespace: namespace, name: name,
                versions: VersionSeries.versions(format: format, count: versions, now: now, using: &random))
            if assets { package = AssetSeries.assets(for: package, seed: seed) }
            repositories[repository ?? Self.defaultRepository(format), default: []].append(package)
        }
        let domain = Inventory.Domain(
            name: domain, owner: owner,
            repositories: repositories.map { Inventory.Repository(name: $0.key, packages: $0.value) })
        return Inventory(domains: [domain]).sorted()
    }

    private static func defaultRepository(_ format: PackageFormat) -> String {
        switch format {
        case .npm: return "npm-store"
        case .maven: return "maven-releases"
        case .pypi: return "python-internal"
        case .nuget, .generic, .cargo, .ruby, .swift: return "shared-store"
        }
    }
}
