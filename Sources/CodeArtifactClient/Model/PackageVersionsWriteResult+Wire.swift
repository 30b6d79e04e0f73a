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
                    return Self.versionMap(&cursor, "revision", "status", into: &successful) { revision, status in
                        SuccessfulPackageVersionInfo(
                            revision: revision, status: status.flatMap { PackageVersionStatus(rawValue: $0) })
                    }
                }
                if cursor.equals(key, "failedVersions") {
                    return Self.versionMap(&cursor, "errorCode", "errorMessage", into: &failed) { code, message in
                        PackageVersionError(
                            errorCode: code.map { PackageVersionErrorCode(rawValue: $0) }, errorMessage: message)
                    }
                }
                return cursor.skipValue()
            }
            return read && cursor.finished()
        }
        guard read else { return nil }
        self.init(successfulVersions: successful, failedVersions: failed)
    }

    /// A map from version to an object of two optional strings (both halves of the answer
    /// are), or `null`. Versions are keys: a repeat is found as `JSONDecoder`'s dictionary
    /// would find it, by `String` equality, and declined.
    private static func versionMap<Value>(
        _ cursor: inout JSONCursor, _ first: StaticString, _ second: StaticString, into map: inout [String: Value],
        _ value: (String?, String?) -> Value
    ) -> Bool {
        if cursor.null() { return true }
        return cursor.object { cursor, key in
            let version = cursor.text((key, false))
            guard map[version] == nil else { return false }
            var firstValue: String?
            var secondValue: String?
            let read = cursor.uniqueKeyObject { cursor, key in
                if cursor.equals(key, first) { return cursor.stringOrNull(into: &firstValue) }
                if cursor.equals(key, second) { return cursor.stringOrNull(into: &secondValue) }
                return cursor.skipValue()
            }
            map[version] = value(firstValue, secondValue)
            return read
        }
    }
}
