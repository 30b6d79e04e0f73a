import ByteJSON
import CodeArtifactModel

/// Reads an inventory straight from its bytes: the fields the model has, validated by the
/// same rules as the `Codable` path, without `JSONDecoder`'s intermediate tree (which cost
/// most of the load of a million-version inventory, in time and in memory).
///
/// It reads only valid inventories. On anything else it declines (nil), and
/// `Inventory(jsonData:)` falls back to the full path, which says what is wrong and where:
/// one place for error messages, and no second set of them to keep in step. Valid documents
/// it declines (escaped keys, numbers with a fraction, repeated keys, lone surrogates) are
/// read by the full path too, only slower.
enum InventoryFastReader {
    /// The inventory in `bytes`, or nil to leave the document to the full path.
    /// `progress` is told how many leading bytes are read and no longer needed (to release them).
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, progress: ((Int) -> Void)? = nil) -> Inventory? {
        // A byte order mark or UTF-16 is the full path's business (it explains UTF-16).
        guard let first = bytes.first, first != 0xEF, first != 0xFE, first != 0xFF else { return nil }
        var cursor = JSONCursor(bytes: bytes)
        var version: Int64?
        var domains: [Inventory.Domain]?
        let read = cursor.object { cursor, key in
            if cursor.equals(key, "inventoryVersion") {
                guard version == nil, let value = cursor.integer() else { return false }
                version = value
            } else if cursor.equals(key, "domains") {
                guard domains == nil else { return false }
                var list: [Inventory.Domain] = []
                guard
                    cursor.array({ cursor in
                        guard let domain = domain(&cursor, progress: progress) else { return false }
                        list.append(domain)
                        return true
                    })
                else { return false }
                domains = list
            } else {
                return cursor.skipValue()
            }
            return true
        }
        guard read, cursor.finished(), version == Int64(Inventory.currentVersion), let domains,
            Set(domains.map { [$0.name, $0.owner ?? ""] }).count == domains.count
        else { return nil }
        return Inventory(inventoryVersion: Inventory.currentVersion, domains: domains)
    }

    private static func domain(_ cursor: inout JSONCursor, progress: ((Int) -> Void)?) -> Inventory.Domain? {
        var name: String?
        var owner: String?
        var ownerSeen = false
        var repositories: [Inventory.Repository]?
        let read = cursor.object { cursor, key in
            if cursor.equals(key, "name") {
                guard name == nil, let value = cursor.stringValue() else { return false }
                name = value
            } else if cursor.equals(key, "owner") {
                guard !ownerSeen else { return false }
                ownerSeen = true
                if !cursor.null() {
                    guard let value = cursor.stringValue() else { return false }
                    owner = value
                }
            } else if cursor.equals(key, "repositories") {
                guard repositories == nil else { return false }
                var list: [Inventory.Repository] = []
                guard
                    cursor.array({ cursor in
                        guard let repository = repository(&cursor, progress: progress) else { return false }
                        list.append(repository)
                        return true
                    })
                else { return false }
                repositories = list
            } else {
                return cursor.skipValue()
            }
            return true
        }
        guard read, let name, NameRules.isDomainName(name), let repositories,
            owner.map(NameRules.isAccountId) ?? true,
            Set(repositories.map(\.name)).count == repositories.count
        else { return nil }
        return Inventory.Domain(name: name, owner: owner, repositories: repositories)
    }

    private static func repository(_ cursor: inout JSONCursor, progress: ((Int) -> Void)?) -> Inventory.Repository? {
        var name: String?
        var packages: [Inventory.Package]?
        let read = cursor.object { cursor, key in
            if cursor.equals(key, "name") {
                guard name == nil, let value = cursor.stringValue() else { return false }
                name = value
            } else if cursor.equals(key, "packages") {
                guard packages == nil else { return false }
                var list: [Inventory.Package] = []
                var identities = Set<PackageIdentity>()
                guard
                    cursor.array({ cursor in
                        guard let package = package(&cursor),
                            identities.insert(PackageIdentity(package)).inserted
                        else { return false }
                        list.append(package)
                        progress?(cursor.index)
                        return true
                    })
                else { return false }
                packages = list
            } else {
                return cursor.skipValue()
            }
            return true
        }
        guard read, let name, NameRules.isRepositoryName(name), let packages else { return nil }
        return Inventory.Repository(name: name, packages: packages)
    }

    /// Format, namespace and name: what makes two packages of a repository the same.
    private struct PackageIdentity: Hashable {
        var format: PackageFormat
        var namespace: String?
        var name: String

        init(_ package: Inventory.Package) {
            format = package.format
            namespace = package.namespace
            name = package.name
        }
    }

    private static func package(_ cursor: inout JSONCursor) -> Inventory.Package? {
        var format: PackageFormat?
        var namespace: String?
        var namespaceSeen = false
        var name: String?
        var versions: [Inventory.Version]?
        let read = cursor.object { cursor, key in
            if cursor.equals(key, "format") {
                guard format == nil, let text = cursor.stringValue(), let value = PackageFormat(rawValue: text)
                else { return false }
                format = value
            } else if cursor.equals(key, "namespace") {
                guard !namespaceSeen else { return false }
                namespaceSeen = true
                if !cursor.null() {
                    guard let value = cursor.stringValue() else { return false }
                    namespace = value
                }
            } else if cursor.equals(key, "name") {
                guard name == nil, let value = cursor.stringValue() else { return false }
                name = value
            } else if cursor.equals(key, "versions") {
                guard versions == nil, let list = InventoryFastReader.versions(&cursor) else { return false }
                versions = list
            } else {
                return cursor.skipValue()
            }
            return true
        }
        guard read, let format, let name, NameRules.isPackageName(name), let versions else { return nil }
        if let namespace {
            guard format.allowsNamespace, NameRules.isPackageName(namespace) else { return nil }
        }
        return Inventory.Package(format: format, namespace: namespace, name: name, versions: versions)
    }

    /// A package's versions; nil when one is invalid or two have the same version string.
    private static func versions(_ cursor: inout JSONCursor) -> [Inventory.Version]? {
        var list: [Inventory.Version] = []
        var duplicates = DuplicateCheck()
        let read = cursor.array { cursor in
            guard let version = InventoryFastReader.version(&cursor) else { return false }
            duplicates.add(version.version)
            list.append(version)
            return true
        }
        guard read, !duplicates.mayHaveDuplicates || Set(list.map(\.version)).count == list.count else { return nil }
        return list
    }
}
