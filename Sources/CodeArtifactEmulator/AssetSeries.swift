import CodeArtifactModel
import Foundation
import Inventory

/// The files each ecosystem publishes per version, with sizes spread over orders of magnitude
/// (a few KiB to a few hundred MiB), seeded per package so that adding assets draws nothing
/// from the generator's main stream (inventories generated before assets existed stay as they were).
enum AssetSeries {
    /// Assets for every version of `package`, the same for the same seed and package.
    static func assets(for package: Inventory.Package, seed: UInt64) -> Inventory.Package {
        let identity = "\(package.format.rawValue)/\(package.namespace ?? "")/\(package.name)"
        var random = SplitMix64(seed: seed ^ fnv1a(identity))
        // One typical size per package (log-uniform over 2 KiB ... 200 MiB), varied per version.
        let base = 2048 * pow(10, random.nextUnit() * 5)
        var copy = package
        copy.versions = package.versions.map { version in
            var version = version
            let size = { (share: Double) -> Int64 in
                Int64((base * share * (0.7 + 0.6 * random.nextUnit())).rounded()) + 1
            }
            version.assets = files(package.format, name: package.name, version: version.version, random: &random)
                .map { Inventory.Asset(name: $0.name, size: size($0.share)) }
            return version
        }
        return copy
    }

    /// The file names of one version and each one's share of the package's typical size.
    private static func files(
        _ format: PackageFormat, name: String, version: String, random: inout SplitMix64
    ) -> [(name: String, share: Double)] {
        switch format {
        case .maven:
            return [
                ("\(name)-\(version).jar", 1), ("\(name)-\(version).pom", 0.002),
                ("\(name)-\(version)-sources.jar", 0.6),
            ]
        case .npm: return [("\(name)-\(version).tgz", 1)]
        case .pypi:
            let module = name.replacingOccurrences(of: "-", with: "_")
            return [("\(module)-\(version)-py3-none-any.whl", 1), ("\(module)-\(version).tar.gz", 0.9)]
        case .nuget: return [("\(name.lowercased()).\(version.lowercased()).nupkg", 1)]
        case .ruby: return [("\(name)-\(version).gem", 1)]
        case .cargo: return [("\(name)-\(version).crate", 1)]
        case .swift: return [("\(name)-\(version).zip", 1)]
        case .generic:
            let count = 1 + Int(random.next() % 4)
            let kinds = ["app.tar.gz", "checksums.txt", "sbom.json", "debug-symbols.zip"]
            let shares = [1, 0.0001, 0.001, 2.5]
            return (0..<count).map { index in ("\(name)-\(version)-\(kinds[index])", shares[index]) }
        }
    }

    private static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
