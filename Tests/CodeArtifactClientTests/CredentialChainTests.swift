import Foundation
import Testing

@testable import CodeArtifactClient

/// The environment and profile providers, credential_process, the chain's order, and the
/// missing-credentials message.
@Suite struct CredentialChainTests {
    static let home = "/home/tester"
    static let credentialsFile = """
        # shared credentials
        [default]
        aws_access_key_id = AKIDDEFAULT
        aws_secret_access_key = default-secret

        [dev]
        aws_access_key_id=AKIDDEV
        aws_secret_access_key=dev-secret
        aws_session_token = dev-token  # a comment

        [base]
        aws_access_key_id = AKIDBASE
        aws_secret_access_key = base-secret
        """
    static let configFile = """
        [default]
        region = eu-west-1

        [profile dev]
        region = us-west-2
        s3 =
          max_concurrent_requests = 20

        [profile proc]
        credential_process = /opt/bin/creds --profile "x"

        [profile deployer]
        role_arn = arn:aws:iam::123456789012:role/deployer
        source_profile = base
        role_session_name = nightly
        external_id = ext-1

        [profile loop-a]
        role_arn = arn:aws:iam::123456789012:role/a
        source_profile = loop-b

        [profile loop-b]
        role_arn = arn:aws:iam::123456789012:role/b
        source_profile = loop-a

        [profile sso]
        sso_start_url = https://example.awsapps.com/start
        """
    static let files = [
        "\(home)/.aws/credentials": credentialsFile,
        "\(home)/.aws/config": configFile,
    ]

    private func session(
        _ variables: [String: String], files: [String: String] = files, profile: String? = nil,
        region: String? = nil, transport: any HTTPTransport = ScriptedTransport(status: 500),
        processes: any ProcessRunning = StubProcessRunner { _ in ProcessResult(status: 127, standardOutput: []) }
    ) throws -> AWSSession {
        var all = ["HOME": Self.home, "AWS_EC2_METADATA_DISABLED": "true"]
        all.merge(variables) { $1 }
        return try Fixtures.session(
            transport: transport, variables: all, files: files,
            options: ClientOptions(profile: profile, region: region), processes: processes)
    }

    @Test func environmentKeysWin() async throws {
        let credentials = try await session([
            "AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "env-secret", "AWS_SESSION_TOKEN": "env-token",
            "AWS_PROFILE": "dev",
        ]).credentials()
        #expect(credentials.accessKeyId == "AKIDENV")
        #expect(credentials.sessionToken == "env-token")
        #expect(credentials.source == "environment")
    }

    @Test func profilesAreReadFromBothFiles() async throws {
        let dev = try await session(["AWS_PROFILE": "dev"]).credentials()
        #expect(dev.accessKeyId == "AKIDDEV")
        #expect(dev.secretAccessKey == "dev-secret")
        #expect(dev.sessionToken == "dev-token")
        #expect(dev.source == "profile 'dev'")
        let fallback = try await session([:]).credentials()
        #expect(fallback.accessKeyId == "AKIDDEFAULT")
    }

    @Test func explicitProfileSkipsTheEnvironment() async throws {
        let credentials = try await session(
            ["AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "env-secret"], profile: "dev"
        ).credentials()
        #expect(credentials.accessKeyId == "AKIDDEV")
    }

    @Test func explicitMissingProfileSaysWhereItLooked() async throws {
        let error = await #expect(throws: CredentialsError.self) {
            _ = try await session(["AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "s"], profile: "nope")
                .credentials()
        }
        let text = error?.description ?? ""
        #expect(error?.isMissing == true)
        #expect(error?.sourcesTried.count == 1)
        #expect(text.contains("profile 'nope' (--profile)"))
        #expect(text.contains("/home/tester/.aws/credentials has no [nope]"))
        #expect(text.contains("/home/tester/.aws/config has no [profile nope]"))
    }

    @Test func regionComesFromFlagThenEnvironmentThenProfile() throws {
        #expect(try session([:]).defaultRegion == "eu-west-1")
        #expect(try session(["AWS_PROFILE": "dev"]).defaultRegion == "us-west-2")
        #expect(try session(["AWS_DEFAULT_REGION": "ap-south-1"]).defaultRegion == "ap-south-1")
        #expect(
            try session(["AWS_DEFAULT_REGION": "ap-south-1", "AWS_REGION": "sa-east-1"]).defaultRegion == "sa-east-1")
        let flagged = try session(["AWS_REGION": "sa-east-1"], region: "ca-central-1")
        #expect(flagged.defaultRegion == "ca-central-1")
        #expect(try flagged.codeArtifact(region: "eu-north-1").region == "eu-north-1")
        #expect(try flagged.codeArtifact().region == "ca-central-1")
        let none = try session([:], files: [:])
        let error = #expect(throws: ClientConfigurationError.self) { _ = try none.codeArtifact() }
        #expect(error?.isMissingRegion == true)
        #expect(error?.description.contains("--region") == true)
        #expect(throws: ClientConfigurationError.self) { _ = try none.codeArtifact(region: "us-east-1/evil") }
    }

    @Test func credentialProcessVersionOne() async throws {
        let runner = StubProcessRunner { _ in
            ProcessResult(
                status: 0,
                standardOutput: Array(
                    #"{"Version":1,"AccessKeyId":"AKIDPROC","SecretAccessKey":"proc-secret","SessionToken":"proc-token","Expiration":"2026-11-29T03:00:00Z"}"#
                        .utf8))
        }
        let credentials = try await session(["AWS_PROFILE": "proc"], processes: runner).credentials()
        #expect(runner.ran == [#"/opt/bin/creds --profile "x""#])
        #expect(credentials.accessKeyId == "AKIDPROC")
        #expect(credentials.sessionToken == "proc-token")
        #expect(credentials.expiration == Date(timeIntervalSince1970: 1_795_921_200))
        #expect(credentials.source == "profile 'proc' (credential_process)")
    }

    @Test func credentialProcessFailuresAreExplainedWithoutOutput() async throws {
        let wrongVersion = StubProcessRunner { _ in
            ProcessResult(
                status: 0, standardOutput: Array(#"{"Version":2,"AccessKeyId":"A","SecretAccessKey":"leak-me"}"#.utf8))
        }
        let versionError = await #expect(throws: CredentialsError.self) {
            _ = try await session(["AWS_PROFILE": "proc"], processes: wrongVersion).credentials()
        }
        #expect(versionError?.description.contains("Version 2, expected 1") == true)
        #expect(versionError?.description.contains("leak-me") == false)

        let failing = StubProcessRunner { _ in
            ProcessResult(
                status: 3, standardOutput: [], standardError: Array("warming up\nError: SSO session expired\n".utf8))
        }
        let exitError = await #expect(throws: CredentialsError.self) {
            _ = try await session(["AWS_PROFILE": "proc"], processes: failing).credentials()
        }
        #expect(exitError?.description.contains("exited with status 3") == true)
        #expect(exitError?.description.contains("Error: SSO session expired") == true)
    }

    @Test func credentialProcessRunsARealCommand() async throws {
        let config = """
            [default]
            credential_process = printf '{"Version": 1, "AccessKeyId": "AKIDSHELL", "SecretAccessKey": "%s"}' "$SECRET_FOR_TEST"
            """
        let environment = AWSEnvironment(
            variables: ["HOME": Self.home, "AWS_EC2_METADATA_DISABLED": "true", "SECRET_FOR_TEST": "shell-secret"],
            files: MemoryFiles(files: ["\(Self.home)/.aws/config": config]))
        let session = try AWSSession(
            options: ClientOptions(region: "us-east-1"), environment: environment, logger: Fixtures.quietLogger(),
            transport: ScriptedTransport(status: 500))
        let credentials = try await session.credentials()
        #expect(credentials.accessKeyId == "AKIDSHELL")
        #expect(credentials.secretAccessKey == "shell-secret")
    }

    @Test func assumeRoleFromSourceProfileIsSignedWithTheSourceKeys() async throws {
        let transport = ScriptedTransport { _, request in
            CredentialServers.stsAnswer(
                action: "AssumeRole", keyId: "ASIAROLE", secret: "role-secret", token: "role-token",
                expiration: "2026-11-29T03:00:00Z")
        }
        let credentials = try await session([:], profile: "deployer", region: "us-east-1", transport: transport)
            .credentials()
        #expect(credentials.accessKeyId == "ASIAROLE")
        #expect(credentials.sessionToken == "role-token")
        #expect(credentials.source == "profile 'deployer' (role_arn)")
        let request = try #require(transport.requests.first)
        #expect(request.url == "https://sts.us-east-1.amazonaws.com/")
        #expect(
            request.header("Authorization")?.contains("Credential=AKIDBASE/20261129/us-east-1/sts/aws4_request") == true
        )
        let form = CredentialServers.form(request)
        #expect(form["Action"] == "AssumeRole")
        #expect(form["Version"] == "2011-06-15")
        #expect(form["RoleArn"] == "arn:aws:iam::123456789012:role/deployer")
        #expect(form["RoleSessionName"] == "nightly")
        #expect(form["ExternalId"] == "ext-1")
    }

    @Test func sourceProfileCyclesAreReported() async throws {
        let error = await #expect(throws: CredentialsError.self) {
            _ = try await session([:], profile: "loop-a", region: "us-east-1").credentials()
        }
        #expect(error?.description.contains("cycle") == true)
        #expect(error?.isMissing == false)
    }

    @Test func ssoProfilesWithoutARoleSayWhatIsMissing() async throws {
        let error = await #expect(throws: CredentialsError.self) {
            _ = try await session([:], profile: "sso").credentials()
        }
        #expect(error?.description.contains("no sso_account_id and sso_role_name") == true)
    }

    @Test func chainOrderIsEnvironmentWebIdentityProfileContainerInstanceMetadata() async throws {
        let transport = ScriptedTransport { _, request in
            if request.url.hasPrefix("https://sts.") {
                return CredentialServers.stsAnswer(
                    action: "AssumeRoleWithWebIdentity", keyId: "ASIAWEB", secret: "web-secret", token: "web-token",
                    expiration: "2026-11-29T03:00:00Z")
            }
            if request.url.hasPrefix("http://169.254.170.2/") {
                return .json(
                    200,
                    CredentialServers.jsonCredentials(
                        keyId: "ASIACONTAINER", secret: "c", token: "ct", expiration: "2026-11-29T03:00:00Z"))
            }
            if request.url.hasSuffix("/latest/api/token") {
                return TransportResponse(status: 200, body: Array("imds".utf8))
            }
            if request.url.hasSuffix("/security-credentials/") {
                return TransportResponse(status: 200, body: Array("role".utf8))
            }
            if request.url.hasSuffix("/security-credentials/role") {
                return .json(
                    200,
                    CredentialServers.jsonCredentials(
                        keyId: "ASIAIMDS", secret: "i", token: "it", expiration: "2026-11-29T03:00:00Z"))
            }
            return TransportResponse(status: 404)
        }
        var variables: [String: String] = [
            "AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "env-secret",
            "AWS_WEB_IDENTITY_TOKEN_FILE": "/var/run/token", "AWS_ROLE_ARN": "arn:aws:iam::123456789012:role/ci",
            "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/v2/credentials/abc", "AWS_EC2_METADATA_DISABLED": "false",
            "AWS_REGION": "us-east-1",
        ]
        var files = Self.files
        files["/var/run/token"] = "oidc-token\n"
        func source() async throws -> String {
            try await session(variables, files: files, transport: transport).credentials().accessKeyId
        }
        #expect(try await source() == "AKIDENV")
        variables["AWS_ACCESS_KEY_ID"] = nil
        #expect(try await source() == "ASIAWEB")
        variables["AWS_WEB_IDENTITY_TOKEN_FILE"] = nil
        #expect(try await source() == "AKIDDEFAULT")
        files = ["/var/run/token": "oidc-token\n"]
        #expect(try await source() == "ASIACONTAINER")
        variables["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"] = nil
        #expect(try await source() == "ASIAIMDS")
        #expect(transport.requests.contains { $0.url == "http://169.254.170.2/v2/credentials/abc" })
        #expect(transport.requests.contains { $0.url == "http://169.254.169.254/latest/api/token" })
    }

    @Test func missingCredentialsListEverySourceAndWhy() async throws {
        let error = await #expect(throws: CredentialsError.self) {
            _ = try await session([:], files: [:]).credentials()
        }
        let tried = error?.sourcesTried ?? []
        #expect(
            tried.map(\.source) == [
                "environment", "web identity", "profile 'default'", "container", "EC2 instance metadata",
            ])
        #expect(
            error?.description == """
                no AWS credentials found. Sources tried, in order:
                  1. environment: AWS_ACCESS_KEY_ID is not set
                  2. web identity: AWS_WEB_IDENTITY_TOKEN_FILE is not set
                  3. profile 'default': no file at /home/tester/.aws/credentials; no file at /home/tester/.aws/config
                  4. container: neither AWS_CONTAINER_CREDENTIALS_RELATIVE_URI nor AWS_CONTAINER_CREDENTIALS_FULL_URI is set
                  5. EC2 instance metadata: disabled by AWS_EC2_METADATA_DISABLED
                Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, pass --profile NAME with keys, role_arn, \
                credential_process or IAM Identity Center (sso_*), or run where a role is provided (GitHub Actions OIDC, EKS, ECS, CodeBuild, EC2).
                """)
    }

    @Test func credentialDescriptionsShowNoSecrets() {
        let credentials = AWSCredentials(
            accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "super-secret-key",
            sessionToken: "session-token-value",
            source: "environment")
        let text = credentials.description
        #expect(!text.contains("super-secret-key"))
        #expect(!text.contains("session-token-value"))
        #expect(!text.contains("AKIAIOSFODNN7EXAMPLE"))
        #expect(text.contains("MPLE"))
        var dumped = ""
        dump(credentials, to: &dumped)
        #expect(!dumped.contains("super-secret-key"))
        #expect(!dumped.contains("session-token-value"))
        #expect(!String(reflecting: credentials).contains("super-secret-key"))
    }
}
