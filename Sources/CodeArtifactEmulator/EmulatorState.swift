import Foundation
import Inventory

/// Everything the emulator stores: domains, repositories, packages, versions.
struct EmulatorState: Sendable {
    var domains: [DomainKey: [String: StoredRepository]] = [:]

    /// Builds the state from an inventory; domains without an owner belong to `accountId`, and
    /// versions without a revision get a stable one derived from their coordinates.
    init(inventory: Inventory, accountId: String) {
        for domain in inventory.domains {
            let key = DomainKey(name: domain.name, owner: domain.owner ?? accountId)
            var repositories = domains[key] ?? [:]
            for repository in domain.repositories {
                let packages = repository.packages.map { package -> StoredPackage in
                    let packageKey = PackageKey(
                        format: package.format, namespace: package.namespace, name: package.name)
                    let versions = package.versions.map { version in
                        StoredVersion(
                            version: version.version, status: version.status,
                            revision: version.revision
                                ?? EmulatorState.revision(
                                    for: [
                                        key.name, key.owner, repository.name, package.format.rawValue,
                                        package.namespace ?? "", package.name, version.version,
                                    ]),
                            publishedMilliseconds: version.publishedTime.map {
                                Int64(($0.timeIntervalSince1970 * 1000).rounded())
                            },
                            origin: version.origin, assets: version.assets)
                    }
                    return StoredPackage(key: packageKey, versions: versions)
                }
                repositories[repository.name] = StoredRepository(name: repository.name, packages: packages)
            }
            domains[key] = repositories
        }
    }

    /// The state as an inventory (owners always written), in canonical order.
    func inventory() -> Inventory {
        var result = Inventory()
        for (key, repositories) in domains {
            var domain = Inventory.Domain(name: key.name, owner: key.owner)
            for repository in repositories.values {
                var stored = Inventory.Repository(name: repository.name)
                for package in repository.packages.values {
                    stored.packages.append(
                        Inventory.Package(
                            format: package.key.format, namespace: package.key.namespace, name: package.key.name,
                            versions: package.versions.values.map { version in
                                Inventory.Version(
                                    version: version.version, status: version.status, revision: version.revision,
                                    publishedTime: version.publishedMilliseconds.map {
                                        Date(timeIntervalSince1970: Double($0) / 1000)
                                    },
                                    origin: version.origin, assets: version.assets)
                            }))
                }
                domain.repositories.append(stored)
            }
            result.domains.append(domain)
        }
        return result.sorted()
    }

    /// A stable revision: 64-bit FNV-1a of the coordinates, 11 base64 characters.
    static func revision(for parts: [String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in parts {
            for byte in part.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
            hash ^= 0xFF
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return revisionText(hash)
    }

    static func revisionText(_ value: UInt64) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".unicodeScalars)
        var text = String.UnicodeScalarView()
        var bits = value
        for _ in 0..<11 {
            text.append(alphabet[Int(bits & 63)])
            bits >>= 6
        }
        return String(text)
    }
}
