import ByteJSON
import CodeArtifactModel

// MARK: - WireReadable

extension PackageVersionsWriteResult: WireReadable {
    /// The answer without `JSONDecoder`: the same maps, `null` and absence read as empty.
    init?(wire bytes: [UInt8]) {
        var successful: [String: SuccessfulPackageVersionInfo] = [:]
        var failed: [String: PackageVersionError] = [:]
        let read = bytes.withUnsafeBufferPointer { bytes in
            var cursor = JSONCursor(bytes: bytes)
            let read = cursor.uniqueKeyObject { cursor, key in
                if cursor.equals(key, "successfulVersions") {
                    if cursor.null() { return true }
                    // Versions are keys: a repeat is found as `JSONDecoder`'s dictionary would
                    // find it, by `String` equality, and declined.
                    return cursor.object { cursor, key in
                        let version = cursor.text((key, false))
                        guard successful[version] == nil else { return false }
                        var revision: String?
                        var status: String?
                        let read = cursor.uniqueKeyObject { cursor, key in
                            if cursor.equals(key, "revision") { return cursor.stringOrNull(into: &revision) }
                            if cursor.equals(key, "status") { return cursor.stringOrNull(into: &status) }
                            return cursor.skipValue()
                        }
                        successful[version] = SuccessfulPackageVersionInfo(
                            revision: revision, status: status.flatMap { PackageVersionStatus(rawValue: $0) })
                        return read
                    }
                }
                if cursor.equals(key, "failedVersions") {
                    if cursor.null() { return true }
                    return cursor.object { cursor, key in
                        let version = cursor.text((key, false))
                        guard failed[version] == nil else { return false }
                        var code: String?
                        var message: String?
                        let read = cursor.uniqueKeyObject { cursor, key in
                            if cursor.equals(key, "errorCode") { return cursor.stringOrNull(into: &code) }
                            if cursor.equals(key, "errorMessage") { return cursor.stringOrNull(into: &message) }
                            return cursor.skipValue()
                        }
                        failed[version] = PackageVersionError(
                            errorCode: code.map { PackageVersionErrorCode(rawValue: $0) }, errorMessage: message)
                        return read
                    }
                }
                return cursor.skipValue()
            }
            return read && cursor.finished()
        }
        guard read else { return nil }
        self.init(successfulVersions: successful, failedVersions: failed)
    }
}
