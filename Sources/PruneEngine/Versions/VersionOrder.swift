import CodeArtifactModel
import PruneManifest

/// The ordering of one package's versions. Built once per package: for `generic` the
/// choice between SemVer and natural order depends on all of the package's versions.
///
/// Per format (details, and exactly what parses, in `docs/version-ordering.md`):
/// npm node-semver (strict parse), pypi PEP 440 (`packaging.version`), maven
/// `ComparableVersion`, nuget `NuGetVersion`, ruby `Gem::Version`, cargo and swift strict
/// SemVer 2.0, generic strict SemVer 2.0 when every version of the package parses as such,
/// else natural order (in which every string parses).
public struct VersionOrder: Sendable {
    private enum Rule: Sendable {
        case nodeSemVer, pep440, maven, nuGet, gem, semVer, natural
    }

    /// The package's format.
    public let format: PackageFormat
    private let rule: Rule

    /// The order for `format`; `packageVersions` matter only for `generic` (all of the
    /// package's versions, so the choice is the same whichever subset is later ranked).
    public init(format: PackageFormat, packageVersions: some Sequence<String>) {
        self.format = format
        switch format {
        case .npm: rule = .nodeSemVer
        case .pypi: rule = .pep440
        case .maven: rule = .maven
        case .nuget: rule = .nuGet
        case .ruby: rule = .gem
        case .cargo, .swift: rule = .semVer
        case .generic:
            let allSemVer = packageVersions.allSatisfy { SemanticVersion.parseStrict($0) != nil }
            rule = allSemVer ? .semVer : .natural
        }
    }

    /// nil when `version` does not parse under this order (it is then "unparseable as FORMAT").
    public func parse(_ version: String) -> ParsedVersion? {
        switch rule {
        case .nodeSemVer: return SemanticVersion.parseNode(version).map { ParsedVersion(.semVer($0)) }
        case .pep440: return PEP440Version.parse(version).map { ParsedVersion(.pep440($0)) }
        case .maven: return MavenVersion.parse(version).map { ParsedVersion(.maven($0)) }
        case .nuGet: return NuGetVersion.parse(version).map { ParsedVersion(.nuGet($0)) }
        case .gem: return GemVersion.parse(version).map { ParsedVersion(.gem($0)) }
        case .semVer: return SemanticVersion.parseStrict(version).map { ParsedVersion(.semVer($0)) }
        case .natural: return ParsedVersion(.natural(NaturalVersion(version)))
        }
    }

    /// A short name of the rule used, for traces: "node-semver", "PEP 440", "Maven ComparableVersion",
    /// "NuGet SemVer 2.0", "Gem::Version", "SemVer 2.0", "natural order".
    public var ruleName: String {
        switch rule {
        case .nodeSemVer: return "node-semver"
        case .pep440: return "PEP 440"
        case .maven: return "Maven ComparableVersion"
        case .nuGet: return "NuGet SemVer 2.0"
        case .gem: return "Gem::Version"
        case .semVer: return "SemVer 2.0"
        case .natural: return "natural order"
        }
    }
}
