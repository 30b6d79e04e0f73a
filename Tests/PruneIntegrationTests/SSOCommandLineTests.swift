import Foundation
import Testing

/// An SSO profile whose sign-in expired: prune says to run `aws sso login` and exits 1 before
/// sending anything to CodeArtifact.
@Suite("prune with an expired SSO sign-in")
struct SSOCommandLineTests {
    @Test func expiredSSOSessionExits1BeforeAnyRequest() async throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("prune-sso-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: home) }
        try FileManager.default.createDirectory(atPath: home + "/.aws/sso/cache", withIntermediateDirectories: true)
        try """
        [profile dev]
        sso_session = corp
        sso_account_id = 111122223333
        sso_role_name = ReadOnly
        region = us-east-1
        [sso-session corp]
        sso_start_url = https://corp.awsapps.com/start
        sso_region = us-east-1
        """.write(toFile: home + "/.aws/config", atomically: true, encoding: .utf8)
        // sha1("corp"): the session's cache file. No refresh token, so no way to refresh.
        try
            #"{"startUrl": "https://corp.awsapps.com/start", "region": "us-east-1", "accessToken": "EXPIREDTOKEN-0001", "expiresAt": "2020-01-01T00:00:00Z"}"#
            .write(
                toFile: home + "/.aws/sso/cache/ee0bfd2552fbd840c02cc48b6e823320543c450f.json", atomically: true,
                encoding: .utf8)
        try await Harness.withEmulator(try Harness.exampleInventory()) { server, _ in
            let output = try await CommandLineExitCodeTests.run(
                ["plan", "examples/npm-prereleases.yaml", "--profile", "dev"], server: server,
                environment: [
                    "HOME": home, "PATH": "/usr/bin:/bin", "AWS_EC2_METADATA_DISABLED": "true",
                    "AWS_ENDPOINT_URL_SSO": "http://127.0.0.1:9", "AWS_ENDPOINT_URL_SSO_OIDC": "http://127.0.0.1:9",
                ])
            #expect(output.status == 1, "\(output.stderr)")
            #expect(
                output.stderr.contains(
                    "the SSO session for profile dev has expired; run `aws sso login --profile dev`"),
                "\(output.stderr)")
            #expect(!output.stderr.contains("EXPIREDTOKEN-0001") && !output.stdout.contains("EXPIREDTOKEN-0001"))
            #expect(server.counters.totalRequests == 0)
        }
    }
}
