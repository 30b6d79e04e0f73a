import Foundation
import Logging
import Testing

@testable import CodeArtifactClient

/// A distinct secret planted in every provider; requests run with trace logging; no secret
/// may appear in any log line or error description.
@Suite struct SecretsTests {
    /// The answers of every endpoint, with the planted secrets. A signature error quotes the
    /// request's session token back, as AWS's SignatureDoesNotMatch message does.
    static let transport = ScriptedTransport { _, request in
        let url = request.url
        if url.hasPrefix("https://codeartifact.test/v1/packages") {
            return .json(200, #"{"packages":[{"format":"npm","package":"a"}]}"#)
        }
        if url.hasPrefix("https://codeartifact.test/v1/package/versions/delete") {
            let token = request.header("X-Amz-Security-Token") ?? ""
            let message =
                "The request signature we calculated does not match. The Canonical String for this request should have been "
                + "'POST /v1/package/versions/delete x-amz-security-token:\(token)'"
            return .json(
                403, #"{"message":"\#(message)"}"#, headers: [("X-Amzn-ErrorType", "InvalidSignatureException")])
        }
        if url.hasPrefix("https://sts.") {
            let form = CredentialServers.form(request)
            let web = form["Action"] == "AssumeRoleWithWebIdentity"
            return CredentialServers.stsAnswer(
                action: form["Action"] ?? "", keyId: web ? "ASIAWEB" : "ASIAROLE",
                secret: web ? "STSWEBSECRET-0004" : "ROLESECRET-0009",
                token: web ? "STSWEBTOKEN-0005" : "ROLETOKEN-0010",
                expiration: "2026-11-29T08:00:00Z")
        }
        if url.hasPrefix("https://portal.sso.us-east-1.amazonaws.com/federation/credentials") {
            let token = request.header("x-amz-sso_bearer_token") ?? ""
            guard token == "SSOACCESSTOKEN-0019" || token == "SSOREFRESHEDTOKEN-0023" else {
                return .json(401, #"{"message":"Session token \#(token) not found or invalid"}"#)
            }
            return .json(
                200,
                #"{"roleCredentials":{"accessKeyId":"ASIASSO","secretAccessKey":"SSOROLESECRET-0025","sessionToken":"SSOROLETOKEN-0026","expiration":1795946400000}}"#
            )
        }
        if url == "https://oidc.us-east-1.amazonaws.com/token" {
            return .json(
                200,
                #"{"accessToken":"SSOREFRESHEDTOKEN-0023","expiresIn":28800,"refreshToken":"SSOROTATEDREFRESH-0024"}"#)
        }
        if url.hasPrefix("http://169.254.170.2/") {
            guard request.header("Authorization") == "CONTAINERAUTH-0013" else { return TransportResponse(status: 401) }
            return .json(
                200,
                CredentialServers.jsonCredentials(
                    keyId: "ASIACONTAINER", secret: "CONTAINERSECRET-0014", token: "CONTAINERSESSION-0015",
                    expiration: "2026-11-29T08:00:00Z"))
        }
        if url == "http://169.254.169.254/latest/api/token" {
            return TransportResponse(status: 200, body: Array("IMDSTOKEN-0016".utf8))
        }
        if url == "http://169.254.169.254/latest/meta-data/iam/security-credentials/" {
            return TransportResponse(status: 200, body: Array("role".utf8))
        }
        if url == "http://169.254.169.254/latest/meta-data/iam/security-credentials/role" {
            return .json(
                200,
                CredentialServers.jsonCredentials(
                    keyId: "ASIAIMDS", secret: "IMDSSECRET-0017", token: "IMDSSESSION-0018",
                    expiration: "2026-11-29T08:00:00Z"))
        }
        return TransportResponse(status: 404)
    }

    static let secrets = (1...26).map { String(format: "-%04d", $0) }

    static let files = [
        "/h/.aws/credentials": """
        [static]
        aws_access_key_id = AKIDPROFILE
        aws_secret_access_key = PROFILESECRET-0006
        aws_session_token = PROFILETOKEN-0007
        [source]
        aws_access_key_id = AKIDSOURCE
        aws_secret_access_key = SOURCESECRET-0008
        """,
        "/h/.aws/config": """
        [profile role]
        role_arn = arn:aws:iam::123456789012:role/r
        source_profile = source
        [profile process]
        credential_process = fetch-credentials
        [profile sso]
        sso_session = fresh
        sso_account_id = 111122223333
        sso_role_name = ReadOnly
        [profile sso-refresh]
        sso_session = stale
        sso_account_id = 111122223333
        sso_role_name = ReadOnly
        [sso-session fresh]
        sso_start_url = https://fresh.awsapps.com/start
        sso_region = us-east-1
        [sso-session stale]
        sso_start_url = https://stale.awsapps.com/start
        sso_region = us-east-1
        """,
        // sha1("fresh") and sha1("stale"): the sessions' token caches (the clock reads 2026-11-29T02:00:00Z).
        "/h/.aws/sso/cache/67a4c84cb83788005285d9c9e6f6d6c046b4c39e.json":
            #"{"accessToken": "SSOACCESSTOKEN-0019", "expiresAt": "2026-11-29T08:00:00Z"}"#,
        "/h/.aws/sso/cache/a4e976a3d3fc6d0b40453de216fbbe2e9aaecdc4.json":
            #"{"accessToken": "SSOSTALETOKEN-0020", "expiresAt": "2026-11-29T01:00:00Z", "refreshToken": "SSOREFRESHTOKEN-0021", "clientId": "client", "clientSecret": "SSOCLIENTSECRET-0022", "registrationExpiresAt": "2026-12-29T00:00:00Z"}"#,
        "/var/run/web-token": "WEBIDENTITYTOKEN-0003\n",
        "/var/run/container-token": "CONTAINERAUTH-0013\n",
    ]

    /// The provider setups: environment variables and an explicit profile.
    static let setups: [(name: String, variables: [String: String], profile: String?)] = [
        (
            "environment",
            [
                "AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "ENVSECRETKEY-0001",
                "AWS_SESSION_TOKEN": "ENVSESSIONTOKEN-0002",
            ], nil
        ),
        (
            "web identity",
            ["AWS_WEB_IDENTITY_TOKEN_FILE": "/var/run/web-token", "AWS_ROLE_ARN": "arn:aws:iam::1:role/ci"], nil
        ),
        ("static profile", [:], "static"),
        ("role profile", [:], "role"),
        ("credential_process", [:], "process"),
        (
            "container",
            [
                "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/creds",
                "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE": "/var/run/container-token",
            ], nil
        ),
        ("instance metadata", ["AWS_EC2_METADATA_DISABLED": "false"], nil),
        ("sso profile", [:], "sso"),
        ("sso profile refreshed through SSO-OIDC", [:], "sso-refresh"),
    ]

    @Test(arguments: 0..<9)
    func noSecretInLogsOrErrors(setupIndex: Int) async throws {
        let setup = Self.setups[setupIndex]
        let (logger, lines) = CapturingLogHandler.logger()
        var variables = ["HOME": "/h", "AWS_EC2_METADATA_DISABLED": "true"]
        variables.merge(setup.variables) { $1 }
        let processes = StubProcessRunner { _ in
            let json =
                #"{"Version":1,"AccessKeyId":"AKIDPROC","SecretAccessKey":"PROCESSSECRET-0011","SessionToken":"PROCESSTOKEN-0012"}"#
            return ProcessResult(status: 0, standardOutput: Array(json.utf8))
        }
        let writer = MemoryFileWriter()
        let session = try Fixtures.session(
            transport: Self.transport, variables: variables, files: Self.files,
            options: ClientOptions(
                profile: setup.profile, region: "us-east-1", endpointURL: "https://codeartifact.test"),
            logger: logger, processes: processes, fileWriter: writer)
        let client = try session.codeArtifact()
        let credentials = try await session.credentials()
        var packages = 0
        for try await _ in client.listPackages(ListPackagesRequest(repository: Fixtures.repository)) { packages += 1 }
        #expect(packages == 1)
        var errorText = ""
        do {
            _ = try await client.deletePackageVersions(
                DeletePackageVersionsRequest(package: Fixtures.package, versions: ["1.0"]))
            Issue.record("the delete should fail")
        } catch {
            errorText = "\(error)"
        }
        #expect(errorText.contains("InvalidSignatureException"))

        let texts = lines.all + [errorText, credentials.description]
        #expect(lines.all.contains { $0.contains("HTTP request") && $0.contains("codeartifact.test") })
        #expect(lines.all.contains { $0.contains("HTTP response") })
        for secret in Self.secrets {
            for text in texts where text.contains(secret) {
                Issue.record("\(setup.name): a secret ending in \(secret) leaked: \(text.prefix(300))")
            }
        }
        // A refreshed SSO token is written back (the file holds secrets by design: it is the cache).
        let written = writer.files.values.joined()
        #expect(written.contains("SSOREFRESHEDTOKEN-0023") == (setup.profile == "sso-refresh"))
        // The planted secrets really were in play (so the check above means something).
        let used = [credentials.secretAccessKey, credentials.sessionToken ?? ""]
        #expect(used.contains { secret in Self.secrets.contains { secret.hasSuffix($0) } })
    }
}
