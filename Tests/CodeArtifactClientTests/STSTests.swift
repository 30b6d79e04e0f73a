import Foundation
import Testing

@testable import CodeArtifactClient

/// Web identity and AssumeRole against moto's STS, and STS failures.
@Suite struct STSTests {
    @Test func webIdentityAgainstMoto() async throws {
        try await MotoServer.run { moto in
            try await TestTransport.with { transport in
                let environment = AWSEnvironment(
                    variables: [
                        "AWS_WEB_IDENTITY_TOKEN_FILE": "/var/run/secrets/token",
                        "AWS_ROLE_ARN": "arn:aws:iam::123456789012:role/github-ci",
                        "AWS_ROLE_SESSION_NAME": "run-42", "AWS_ENDPOINT_URL_STS": moto.url,
                        "AWS_REGION": "us-east-1", "AWS_EC2_METADATA_DISABLED": "true", "HOME": "/home/none",
                    ],
                    files: MemoryFiles(files: ["/var/run/secrets/token": "eyJhbGciOiJSUzI1NiJ9.oidc.token\n"]))
                let session = try AWSSession(
                    options: ClientOptions(), environment: environment, logger: Fixtures.quietLogger(),
                    transport: transport)
                let credentials = try await session.credentials()
                #expect(credentials.source == "web identity")
                #expect(credentials.accessKeyId.hasPrefix("ASIA"))
                #expect(!credentials.secretAccessKey.isEmpty)
                #expect(credentials.sessionToken?.isEmpty == false)
                #expect(credentials.expiration != nil)
            }
        }
    }

    @Test func assumeRoleFromProfileAgainstMoto() async throws {
        try await MotoServer.run { moto in
            try await TestTransport.with { transport in
                let files = [
                    "/home/t/.aws/credentials":
                        "[base]\naws_access_key_id = AKIDBASEEXAMPLE\naws_secret_access_key = base-secret\n",
                    "/home/t/.aws/config":
                        "[profile deployer]\nrole_arn = arn:aws:iam::123456789012:role/deployer\nsource_profile = base\nregion = us-west-2\n",
                ]
                let environment = AWSEnvironment(
                    variables: [
                        "HOME": "/home/t", "AWS_ENDPOINT_URL": moto.url, "AWS_EC2_METADATA_DISABLED": "true",
                        "AWS_ACCESS_KEY_ID": "AKIDIGNORED", "AWS_SECRET_ACCESS_KEY": "ignored",
                    ],
                    files: MemoryFiles(files: files))
                let session = try AWSSession(
                    options: ClientOptions(profile: "deployer"), environment: environment,
                    logger: Fixtures.quietLogger(), transport: transport)
                #expect(session.defaultRegion == "us-west-2")
                let credentials = try await session.credentials()
                #expect(credentials.source == "profile 'deployer' (role_arn)")
                #expect(credentials.accessKeyId.hasPrefix("ASIA"))
                #expect(credentials.accessKeyId != "AKIDBASEEXAMPLE")
                #expect(credentials.sessionToken?.isEmpty == false)
                #expect(credentials.expiration != nil)
            }
        }
    }

    @Test func webIdentityRequestShape() async throws {
        let transport = ScriptedTransport { _, _ in
            CredentialServers.stsAnswer(
                action: "AssumeRoleWithWebIdentity", keyId: "ASIAX", secret: "s&lt;x", token: "t",
                expiration: "2026-11-29T03:00:00.123Z")
        }
        let session = try Fixtures.session(
            transport: transport,
            variables: [
                "AWS_WEB_IDENTITY_TOKEN_FILE": "/t", "AWS_ROLE_ARN": "arn:aws:iam::1:role/r",
                "AWS_EC2_METADATA_DISABLED": "true",
            ],
            files: ["/t": "tok+en/=\n"], options: ClientOptions(region: "eu-central-1"))
        let credentials = try await session.credentials()
        #expect(credentials.secretAccessKey == "s<x")
        #expect(credentials.expiration == Date(timeIntervalSince1970: 1_795_921_200.123))
        let request = try #require(transport.requests.first)
        #expect(request.method == "POST")
        #expect(request.url == "https://sts.eu-central-1.amazonaws.com/")
        #expect(request.header("Authorization") == nil)
        #expect(request.header("Content-Type") == "application/x-www-form-urlencoded; charset=utf-8")
        let form = CredentialServers.form(request)
        #expect(form["Action"] == "AssumeRoleWithWebIdentity")
        #expect(form["Version"] == "2011-06-15")
        #expect(form["WebIdentityToken"] == "tok+en/=")
        #expect(form["RoleSessionName"] == "prune-1795917600")
    }

    @Test func stsErrorsAreReported() async throws {
        let transport = ScriptedTransport { _, _ in
            let xml = """
                <ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code>\
                <Message>Not authorized to perform sts:AssumeRoleWithWebIdentity</Message></Error></ErrorResponse>
                """
            return TransportResponse(status: 403, body: Array(xml.utf8))
        }
        let session = try Fixtures.session(
            transport: transport,
            variables: [
                "AWS_WEB_IDENTITY_TOKEN_FILE": "/t", "AWS_ROLE_ARN": "arn:aws:iam::1:role/r",
                "AWS_EC2_METADATA_DISABLED": "true",
            ],
            files: ["/t": "token"])
        let error = await #expect(throws: CredentialsError.self) { _ = try await session.credentials() }
        #expect(error?.isMissing == false)
        #expect(error?.description.contains("AccessDenied (HTTP 403)") == true)
        #expect(error?.description.contains("Not authorized to perform sts:AssumeRoleWithWebIdentity") == true)
    }
}
