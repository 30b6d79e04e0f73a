import CodeArtifactModel

// MARK: - WireReadable

extension ListPackageVersionsPage: WireReadable {
    /// The page without `JSONDecoder`: the same fields, `null` and absence read alike.
    init(wire bytes: [UInt8]) throws {
        var reader = WireJSONReader(bytes)
        var versions: [PackageVersionSummary] = []
        var nextToken: String?
        var defaultDisplayVersion: String?
        try reader.readDocument { reader, key in
            switch key {
            case "versions":
                guard !reader.readNull() else { return }
                try reader.readArray { reader in versions.append(try PackageVersionSummary(wire: &reader)) }
            case "nextToken": nextToken = try reader.readOptionalString()
            case "defaultDisplayVersion": defaultDisplayVersion = try reader.readOptionalString()
            default: try reader.skipValue()
            }
        }
        self.init(versions: versions, nextToken: nextToken, defaultDisplayVersion: defaultDisplayVersion)
    }
}

extension PackageVersionSummary {
    /// One summary; `version` and `status` are required, as in the synthesized decoding.
    init(wire reader: inout WireJSONReader) throws {
        var version: String?
        var revision: String?
        var status: String?
        var origin: PackageVersionOrigin?
        try reader.readObject { reader, key in
            switch key {
            case "version": version = try reader.readString()
            case "revision": revision = try reader.readOptionalString()
            case "status": status = try reader.readString()
            case "origin":
                guard !reader.readNull() else { return }
                origin = try PackageVersionOrigin(wire: &reader)
            default: try reader.skipValue()
            }
        }
        guard let version, let status else { throw WireJSONReader.Unsupported() }
        // An unknown status reads as nil, as `decodeKnown` does on the JSONDecoder path.
        self.init(
            version: version, revision: revision, status: PackageVersionStatus(rawValue: status), origin: origin)
    }
}

extension PackageVersionOrigin {
    init(wire reader: inout WireJSONReader) throws {
        var entryPoint: DomainEntryPoint?
        var originType: PackageVersionOriginType?
        try reader.readObject { reader, key in
            switch key {
            case "domainEntryPoint":
                guard !reader.readNull() else { return }
                var repositoryName: String?
                var externalConnectionName: String?
                try reader.readObject { reader, key in
                    switch key {
                    case "repositoryName": repositoryName = try reader.readOptionalString()
                    case "externalConnectionName": externalConnectionName = try reader.readOptionalString()
                    default: try reader.skipValue()
                    }
                }
                entryPoint = DomainEntryPoint(
                    repositoryName: repositoryName, externalConnectionName: externalConnectionName)
            case "originType":
                originType = try reader.readOptionalString().flatMap { PackageVersionOriginType(rawValue: $0) }
            default: try reader.skipValue()
            }
        }
        self.init(domainEntryPoint: entryPoint, originType: originType)
    }
}
