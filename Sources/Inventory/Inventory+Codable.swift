import CodeArtifactModel
import Foundation

// Decoding validates as it goes and throws `InventoryError` with the JSON path of the value;
// encoding writes keys the reader knows, omitting absent optionals (never `null`, never "").

// MARK: - Codable

extension Inventory: Codable {
    private enum CodingKeys: String, CodingKey {
        case inventoryVersion, domains
    }

    /// Decodes and validates an inventory.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let version = try container.decode(Int.self, forKey: .inventoryVersion)
        guard version == Inventory.currentVersion else {
            throw InventoryError.at(
                container.codingPath, CodingKeys.inventoryVersion, code: .unsupportedVersion,
                "unsupported inventory version \(version); this program reads version \(Inventory.currentVersion)")
        }
        inventoryVersion = version
        domains = try container.decode([Domain].self, forKey: .domains)
        var seen: [String: Int] = [:]
        for (index, domain) in domains.enumerated() {
            let identity = domain.name + "\u{0}" + (domain.owner ?? "")
            if let first = seen.updateValue(index, forKey: identity) {
                throw InventoryError(
                    code: .duplicate, path: "domains[\(index)]",
                    message: "duplicate domain '\(domain.name)' (also at domains[\(first)])")
            }
        }
    }

    /// Encodes the inventory as it is (call ``sorted()`` first for the canonical order).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(inventoryVersion, forKey: .inventoryVersion)
        try container.encode(domains, forKey: .domains)
    }
}

extension Inventory.Domain: Codable {
    private enum CodingKeys: String, CodingKey {
        case name, owner, repositories
    }

    /// Decodes and validates a domain.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        guard NameRules.isDomainName(name) else {
            throw InventoryError.at(
                container.codingPath, CodingKeys.name, code: .invalidValue,
                "invalid domain name '\(name)' (expected 2 to 50 of a-z, 0-9 and '-', starting with a letter)")
        }
        owner = try container.decodeIfPresent(String.self, forKey: .owner)
        if let owner, !NameRules.isAccountId(owner) {
            throw InventoryError.at(
                container.codingPath, CodingKeys.owner, code: .invalidValue,
                "invalid owner '\(owner)' (expected a 12-digit account id)")
        }
        repositories = try container.decode([Inventory.Repository].self, forKey: .repositories)
        var seen: [String: Int] = [:]
        for (index, repository) in repositories.enumerated() {
            if let first = seen.updateValue(index, forKey: repository.name) {
                throw InventoryError.at(
                    container.codingPath, CodingKeys.repositories, code: .duplicate,
                    "duplicate repository '\(repository.name)' at [\(index)] (also at [\(first)])")
            }
        }
    }

    /// Encodes the domain; `owner` only when known.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encodeIfPresent(owner, forKey: .owner)
        try container.encode(repositories, forKey: .repositories)
    }
}

extension Inventory.Repository: Codable {
    private enum CodingKeys: String, CodingKey {
        case name, packages
    }

    /// Decodes and validates a repository.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        guard NameRules.isRepositoryName(name) else {
            throw InventoryError.at(
                container.codingPath, CodingKeys.name, code: .invalidValue,
                "invalid repository name '\(name)' (expected 2 to 100 of A-Z, a-z, 0-9, '.', '_' and '-', "
                    + "starting with a letter or digit)")
        }
        packages = try container.decode([Inventory.Package].self, forKey: .packages)
        var seen: [String: Int] = [:]
        for (index, package) in packages.enumerated() {
            let identity = package.format.rawValue + "\u{0}" + (package.namespace ?? "") + "\u{0}" + package.name
            if let first = seen.updateValue(index, forKey: identity) {
                throw InventoryError(
                    code: .duplicate, path: InventoryError.path(container.codingPath) + ".packages[\(index)]",
                    message: "duplicate package '\(package.name)' (also at packages[\(first)])")
            }
        }
    }

    /// Encodes the repository.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(packages, forKey: .packages)
    }
}

extension Inventory.Package: Codable {
    private enum CodingKeys: String, CodingKey {
        case format, namespace, name, versions
    }

    /// Decodes and validates a package: the format, the namespace rule of the format, the name,
    /// and that no version appears twice.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let formatText = try container.decode(String.self, forKey: .format)
        guard let format = PackageFormat(rawValue: formatText) else {
            throw InventoryError.at(
                container.codingPath, CodingKeys.format, code: .invalidValue,
                "unknown format '\(formatText)'; expected one of "
                    + PackageFormat.allCases.map(\.rawValue).joined(separator: ", "))
        }
        self.format = format
        namespace = try container.decodeIfPresent(String.self, forKey: .namespace)
        if let namespace {
            guard format.allowsNamespace else {
                throw InventoryError.at(
                    container.codingPath, CodingKeys.namespace, code: .invalidValue,
                    "\(format.rawValue) packages have no namespace; omit the key")
            }
            guard NameRules.isPackageName(namespace) else {
                throw InventoryError.at(
                    container.codingPath, CodingKeys.namespace, code: .invalidValue,
                    "invalid namespace '\(namespace)' (expected 1 to 255 characters, none of them '#', '/' "
                        + "or whitespace)")
            }
        }
        name = try container.decode(String.self, forKey: .name)
        guard NameRules.isPackageName(name) else {
            throw InventoryError.at(
                container.codingPath, CodingKeys.name, code: .invalidValue,
                "invalid package name '\(name)' (expected 1 to 255 characters, none of them '#', '/' or whitespace)")
        }
        versions = try container.decode([Inventory.Version].self, forKey: .versions)
        var seen: [String: Int] = [:]
        seen.reserveCapacity(versions.count)
        for (index, version) in versions.enumerated() {
            if let first = seen.updateValue(index, forKey: version.version) {
                throw InventoryError(
                    code: .duplicate,
                    path: InventoryError.path(container.codingPath) + ".versions[\(index)].version",
                    message: "duplicate version '\(version.version)' (also at versions[\(first)])")
            }
        }
    }

    /// Encodes the package; `namespace` only when there is one.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(format.rawValue, forKey: .format)
        try container.encodeIfPresent(namespace, forKey: .namespace)
        try container.encode(name, forKey: .name)
        try container.encode(versions, forKey: .versions)
    }
}

extension Inventory.Version: Codable {
    private enum CodingKeys: String, CodingKey {
        case version, status, revision, publishedTime, origin, assets
    }

    /// Decodes and validates a version.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decode(String.self, forKey: .version)
        guard NameRules.isPackageName(version) else {
            throw InventoryError.at(
                container.codingPath, CodingKeys.version, code: .invalidValue,
                "invalid version '\(version)' (expected 1 to 255 characters, none of them '#', '/' or whitespace)")
        }
        let statusText = try container.decode(String.self, forKey: .status)
        guard let status = PackageVersionStatus(rawValue: statusText), status != .deleted else {
            let allowed = PackageVersionStatus.allCases.filter { $0 != .deleted }.map(\.rawValue)
            throw InventoryError.at(
                container.codingPath, CodingKeys.status, code: .invalidValue,
                "unknown status '\(statusText)'; expected one of \(allowed.joined(separator: ", "))"
                    + (statusText == "Deleted" ? " (deleted versions are not in an inventory)" : ""))
        }
        self.status = status
        revision = try container.decodeIfPresent(String.self, forKey: .revision)
        if let revision, !NameRules.isRevision(revision) {
            throw InventoryError.at(
                container.codingPath, CodingKeys.revision, code: .invalidValue,
                "invalid revision '\(revision)' (expected 1 to 50 non-space characters)")
        }
        if let text = try container.decodeIfPresent(String.self, forKey: .publishedTime) {
            guard let date = InventoryTimestamp.parse(text) else {
                throw InventoryError.at(
                    container.codingPath, CodingKeys.publishedTime, code: .invalidValue,
                    "invalid publishedTime '\(text)' (expected an RFC 3339 date-time such as "
                        + "2026-01-01T00:00:00Z or 2019-12-27T21:14:21.090Z)")
            }
            publishedTime = date
        } else {
            publishedTime = nil
        }
        let originText = try container.decode(String.self, forKey: .origin)
        guard let origin = PackageVersionOriginType(rawValue: originText) else {
            throw InventoryError.at(
                container.codingPath, CodingKeys.origin, code: .invalidValue,
                "unknown origin '\(originText)'; expected one of "
                    + PackageVersionOriginType.allCases.map(\.rawValue).joined(separator: ", "))
        }
        self.origin = origin
        assets = try container.decodeIfPresent([Inventory.Asset].self, forKey: .assets)
    }

    /// Encodes the version; `publishedTime` as RFC 3339 UTC, milliseconds only when not zero.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(version, forKey: .version)
        try container.encode(status.rawValue, forKey: .status)
        try container.encodeIfPresent(revision, forKey: .revision)
        try container.encodeIfPresent(publishedTime.map(InventoryTimestamp.format), forKey: .publishedTime)
        try container.encode(origin.rawValue, forKey: .origin)
        try container.encodeIfPresent(assets, forKey: .assets)
    }
}

extension Inventory.Asset: Codable {
    private enum CodingKeys: String, CodingKey {
        case name, size
    }

    /// Decodes and validates an asset: a non-empty name and a size of at least 0 bytes.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        guard !name.isEmpty, name.unicodeScalars.count <= 255 else {
            throw InventoryError.at(
                container.codingPath, CodingKeys.name, code: .invalidValue,
                "invalid asset name '\(name)' (expected 1 to 255 characters)")
        }
        size = try container.decode(Int64.self, forKey: .size)
        guard size >= 0 else {
            throw InventoryError.at(
                container.codingPath, CodingKeys.size, code: .invalidValue,
                "invalid asset size \(size) (expected a number of bytes, 0 or more)")
        }
    }

    /// Encodes the asset.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(size, forKey: .size)
    }
}
