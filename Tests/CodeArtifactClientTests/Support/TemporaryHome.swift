import Foundation

@testable import CodeArtifactClient

/// A home directory in the temporary directory with `~/.aws/config` and SSO token cache
/// files, removed by ``remove()``. Real files, so prune and botocore read the same ones.
struct TemporaryHome: Sendable {
    let path: String

    /// A new home with `config` and, per cache key (session name or start URL), a token file.
    init(config: String, tokens: [String: String]) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("prune-sso-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path + "/.aws/sso/cache", withIntermediateDirectories: true)
        try config.write(toFile: path + "/.aws/config", atomically: true, encoding: .utf8)
        for (key, json) in tokens {
            try json.write(toFile: tokenPath(key), atomically: true, encoding: .utf8)
        }
    }

    /// The cache file of `key`.
    func tokenPath(_ key: String) -> String {
        SSOTokenCache(environment: AWSEnvironment(variables: ["HOME": path])).path(for: key)
    }

    /// A copy of this home (for botocore, so both start from the same files).
    func copy() throws -> TemporaryHome {
        let other = FileManager.default.temporaryDirectory.appendingPathComponent("prune-sso-\(UUID().uuidString)").path
        try FileManager.default.copyItem(atPath: path, toPath: other)
        return TemporaryHome(existing: other)
    }

    private init(existing: String) {
        path = existing
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// `2026-12-05T09:00:00Z`, `seconds` from now.
    static func time(_ seconds: TimeInterval) -> String {
        SSOTokenCache.format(Date().addingTimeInterval(seconds))
    }
}
