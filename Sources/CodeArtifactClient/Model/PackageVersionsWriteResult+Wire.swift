import CodeArtifactModel

// MARK: - WireReadable

extension PackageVersionsWriteResult: WireReadable {
    /// The answer without `JSONDecoder`: the same maps, `null` and absence read as empty.
    init(wire bytes: [UInt8]) throws {
        var reader = WireJSONReader(bytes)
        var successful: [String: SuccessfulPackageVersionInfo] = [:]
        var failed: [String: PackageVersionError] = [:]
        try reader.readDocument { reader, key in
            switch key {
            case "successfulVersions":
                guard !reader.readNull() else { return }
                try reader.readObject(uniqueKeys: false) { reader, version in
                    guard successful[version] == nil else { throw WireJSONReader.Unsupported() }
                    var revision: String?
                    var status: String?
                    try reader.readObject { reader, key in
                        switch key {
                        case "revision": revision = try reader.readOptionalString()
                        case "status": status = try reader.readOptionalString()
                        default: try reader.skipValue()
                        }
                    }
                    successful[version] = SuccessfulPackageVersionInfo(
                        revision: revision, status: status.flatMap { PackageVersionStatus(rawValue: $0) })
                }
            case "failedVersions":
                guard !reader.readNull() else { return }
                try reader.readObject(uniqueKeys: false) { reader, version in
                    guard failed[version] == nil else { throw WireJSONReader.Unsupported() }
                    var code: String?
                    var message: String?
                    try reader.readObject { reader, key in
                        switch key {
                        case "errorCode": code = try reader.readOptionalString()
                        case "errorMessage": message = try reader.readOptionalString()
                        default: try reader.skipValue()
                        }
                    }
                    failed[version] = PackageVersionError(
                        errorCode: code.map { PackageVersionErrorCode(rawValue: $0) }, errorMessage: message)
                }
            default: try reader.skipValue()
            }
        }
        self.init(successfulVersions: successful, failedVersions: failed)
    }
}
