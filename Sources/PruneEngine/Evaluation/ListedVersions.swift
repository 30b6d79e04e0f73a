import CodeArtifactModel
import KeepLists
import PruneManifest

/// The versions one target's `keep.listedIn` files name, indexed for its format: pypi names
/// after PEP 503 normalisation and versions by PEP 440 equality, nuget ids case-insensitively
/// and versions after NuGet normalisation, every other format exactly. Entries of another
/// format protect nothing here.
struct ListedVersions: Sendable {
    private struct Listed: Sendable {
        var version: String
        var parsed: ParsedVersion?
        var reason: String
    }

    let format: PackageFormat
    private let order: VersionOrder
    private var byName: [String: [Listed]] = [:]

    init(format: PackageFormat, lists: [LoadedKeepList]) {
        self.format = format
        order = VersionOrder(format: format, packageVersions: [])
        for list in lists {
            for entry in list.entries where entry.format == format {
                let key = Self.key(format: format, namespace: entry.namespace, name: entry.name)
                byName[key, default: []].append(
                    Listed(
                        version: entry.version, parsed: parsesForEquality ? order.parse(entry.version) : nil,
                        reason: "listed in \(list.path):\(entry.line)"))
            }
        }
    }

    var isEmpty: Bool { byName.isEmpty }

    /// Only pypi and nuget compare versions by the format's equality; the others compare strings.
    private var parsesForEquality: Bool { format == .pypi || format == .nuget }

    /// "listed in FILE:LINE" for the first entry naming this version, or nil.
    func reason(for coordinates: PackageCoordinates, version: String) -> String? {
        let key = Self.key(format: format, namespace: coordinates.namespace, name: coordinates.package)
        guard let listed = byName[key] else { return nil }
        if let exact = listed.first(where: { $0.version == version }) { return exact.reason }
        guard parsesForEquality, let parsed = order.parse(version) else { return nil }
        return listed.first { $0.parsed == parsed }?.reason
    }

    static func key(format: PackageFormat, namespace: String?, name: String) -> String {
        let namespace = namespace ?? ""
        switch format {
        case .pypi: return namespace + "/" + pep503(name)
        case .nuget: return namespace + "/" + name.lowercased()
        default: return namespace + "/" + name
        }
    }

    /// PEP 503: lowercase, and every run of `-`, `_` and `.` becomes one `-`.
    static func pep503(_ name: String) -> String {
        var result = ""
        var inRun = false
        for character in name.lowercased() {
            if character == "-" || character == "_" || character == "." {
                if !inRun { result.append("-") }
                inRun = true
            } else {
                result.append(character)
                inRun = false
            }
        }
        return result
    }
}
