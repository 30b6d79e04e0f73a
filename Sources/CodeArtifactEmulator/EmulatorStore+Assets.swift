import Crypto
import Inventory

extension EmulatorStore {
    /// ListPackageVersionAssets: the version's assets in seed order, paginated by position.
    func listPackageVersionAssets(
        _ reference: PackageReference, version: String, maxResults: Int, nextToken: String?
    ) throws(APIError) -> JSONValue {
        let repositoryName = reference.repository.repository
        return try withPackage(reference, operation: .listPackageVersionAssets) {
            (package, domain) throws(APIError) -> JSONValue in
            let stored = try Self.version(version, of: package, reference)
            let fingerprint = PaginationToken.fingerprint([
                domain.name, domain.owner, repositoryName, reference.format.rawValue, reference.namespace,
                reference.package, version,
            ])
            let assets = stored.assets ?? []
            var start = 0
            if let nextToken {
                let token = try PaginationToken(decoding: nextToken, kind: "a", fingerprint: fingerprint)
                guard token.position.count == 1, let position = Int(token.position[0]), position >= 0 else {
                    throw .validation("Invalid pagination token", reason: "OTHER")
                }
                start = min(position, assets.count)
            }
            let end = min(assets.count, start + maxResults)
            var members: [(String, JSONValue)] = [("format", .string(reference.format.rawValue))]
            if let namespace = reference.namespace { members.append(("namespace", .string(namespace))) }
            members.append(("package", .string(reference.package)))
            members.append(("version", .string(stored.version)))
            members.append(("versionRevision", .string(stored.revision)))
            members.append(
                (
                    "assets",
                    .array(
                        assets[start..<end].map { asset in
                            .object([
                                ("name", .string(asset.name)), ("size", .int(Int(asset.size))),
                                ("hashes", .object([("SHA-256", .string(Self.hash(of: asset)))])),
                            ])
                        })
                ))
            if end < assets.count {
                let token = PaginationToken(kind: "a", fingerprint: fingerprint, position: [String(end)])
                members.append(("nextToken", .string(token.encoded)))
            }
            return .object(members)
        }
    }

    /// A stand-in for the file's digest, derived from what the inventory records (name and size)
    /// so that it is stable across runs.
    static func hash(of asset: Inventory.Asset) -> String {
        let digest = SHA256.hash(data: Array("\(asset.name)\u{0}\(asset.size)".utf8))
        return digest.map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
    }
}
