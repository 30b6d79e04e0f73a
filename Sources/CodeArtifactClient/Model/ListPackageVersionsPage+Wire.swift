import ByteJSON
import CodeArtifactModel

// MARK: - WireReadable

extension ListPackageVersionsPage: WireReadable {
    /// The page without `JSONDecoder`: the same fields, `null` and absence read alike.
    init?(wire bytes: [UInt8]) {
        var versions: [PackageVersionSummary] = []
        var nextToken: String?
        var defaultDisplayVersion: String?
        let read = bytes.withUnsafeBufferPointer { bytes in
            var cursor = JSONCursor(bytes: bytes)
            // Every object is read with unique keys: which of two `JSONDecoder` keeps is its business.
            let read = cursor.uniqueKeyObject { cursor, key in
                if cursor.equals(key, "versions") {
                    if cursor.null() { return true }
                    return cursor.array { cursor in
                        guard let summary = PackageVersionSummary(wire: &cursor) else { return false }
                        versions.append(summary)
                        return true
                    }
                }
                if cursor.equals(key, "nextToken") { return cursor.stringOrNull(into: &nextToken) }
                if cursor.equals(key, "defaultDisplayVersion") {
                    return cursor.stringOrNull(into: &defaultDisplayVersion)
                }
                return cursor.skipValue()
            }
            return read && cursor.finished()
        }
        guard read else { return nil }
        self.init(versions: versions, nextToken: nextToken, defaultDisplayVersion: defaultDisplayVersion)
    }
}

extension PackageVersionSummary {
    /// One summary; `version` and `status` are required, as in the synthesized decoding.
    init?(wire cursor: inout JSONCursor) {
        var version: String?
        var revision: String?
        var status: String?
        var origin: PackageVersionOrigin?
        let read = cursor.uniqueKeyObject { cursor, key in
            if cursor.equals(key, "version") {
                version = cursor.stringValue()
                return version != nil
            }
            if cursor.equals(key, "revision") { return cursor.stringOrNull(into: &revision) }
            if cursor.equals(key, "status") {
                status = cursor.stringValue()
                return status != nil
            }
            if cursor.equals(key, "origin") {
                if cursor.null() { return true }
                origin = PackageVersionOrigin(wire: &cursor)
                return origin != nil
            }
            return cursor.skipValue()
        }
        guard read, let version, let status else { return nil }
        // An unknown status reads as nil, as `decodeKnown` does on the JSONDecoder path.
        self.init(
            version: version, revision: revision, status: PackageVersionStatus(rawValue: status), origin: origin)
    }
}

extension PackageVersionOrigin {
    init?(wire cursor: inout JSONCursor) {
        var entryPoint: DomainEntryPoint?
        var originType: String?
        let read = cursor.uniqueKeyObject { cursor, key in
            if cursor.equals(key, "domainEntryPoint") {
                if cursor.null() { return true }
                var repositoryName: String?
                var externalConnectionName: String?
                let read = cursor.uniqueKeyObject { cursor, key in
                    if cursor.equals(key, "repositoryName") { return cursor.stringOrNull(into: &repositoryName) }
                    if cursor.equals(key, "externalConnectionName") {
                        return cursor.stringOrNull(into: &externalConnectionName)
                    }
                    return cursor.skipValue()
                }
                entryPoint = DomainEntryPoint(
                    repositoryName: repositoryName, externalConnectionName: externalConnectionName)
                return read
            }
            if cursor.equals(key, "originType") { return cursor.stringOrNull(into: &originType) }
            return cursor.skipValue()
        }
        guard read else { return nil }
        self.init(
            domainEntryPoint: entryPoint, originType: originType.flatMap { PackageVersionOriginType(rawValue: $0) })
    }
}
