import Foundation
import Testing

@testable import CodeArtifactClient

/// The container and EC2 instance-metadata providers against in-process servers.
@Suite struct ContainerAndInstanceMetadataTests {
    private func session(_ variables: [String: String], files: [String: String] = [:], transport: any HTTPTransport)
        throws -> AWSSession
    {
        // Generous metadata timeouts: the in-process servers answer slowly on a loaded 2-core machine.
        var all = ["HOME": "/home/none", "AWS_REGION": "us-east-1", "AWS_METADATA_SERVICE_TIMEOUT": "10"]
        all.merge(variables) { $1 }
        return try AWSSession(
            options: ClientOptions(), environment: AWSEnvironment(variables: all, files: MemoryFiles(files: files)),
            logger: Fixtures.quietLogger(), transport: transport)
    }

    @Test func containerFullURIWithTokenFile() async throws {
        try await TestHTTPServer.answering { request in
            guard request.header("Authorization") == "container-token-1" else { return .text("denied", status: 401) }
            return .json(
                CredentialServers.jsonCredentials(
                    keyId: "ASIACONTAINER", secret: "container-secret", token: "container-session",
                    expiration: "2026-11-29T08:00:00Z"))
        }.run { server in
            try await TestTransport.with { transport in
                let credentials = try await session(
                    [
                        "AWS_CONTAINER_CREDENTIALS_FULL_URI": "\(server.url)/v1/credentials?id=7",
                        "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE": "/var/run/pod-identity/token",
                        "AWS_CONTAINER_AUTHORIZATION_TOKEN": "ignored-when-a-file-is-set",
                        "AWS_EC2_METADATA_DISABLED": "true",
                    ], files: ["/var/run/pod-identity/token": "container-token-1\n"], transport: transport
                ).credentials()
                #expect(credentials.accessKeyId == "ASIACONTAINER")
                #expect(credentials.sessionToken == "container-session")
                #expect(credentials.expiration == Date(timeIntervalSince1970: 1_795_939_200))
                #expect(credentials.source == "container")
                let request = try #require(server.requests.first)
                #expect(request.method == "GET")
                #expect(request.path == "/v1/credentials")
                #expect(request.rawQuery == "id=7")
            }
        }
    }

    @Test func containerTokenFromVariableAndErrorsExplained() async throws {
        try await TestHTTPServer.answering { request in
            request.header("Authorization") == "env-token"
                ? .json(
                    CredentialServers.jsonCredentials(
                        keyId: "ASIAENVTOKEN", secret: "s", token: "t", expiration: "2026-11-29T08:00:00Z"))
                : .json(#"{"code":"AccessDenied","message":"bad token"}"#, status: 403)
        }.run { server in
            try await TestTransport.with { transport in
                let good = try await session(
                    [
                        "AWS_CONTAINER_CREDENTIALS_FULL_URI": server.url,
                        "AWS_CONTAINER_AUTHORIZATION_TOKEN": "env-token",
                    ],
                    transport: transport
                ).credentials()
                #expect(good.accessKeyId == "ASIAENVTOKEN")
                let error = await #expect(throws: CredentialsError.self) {
                    _ = try await session(
                        [
                            "AWS_CONTAINER_CREDENTIALS_FULL_URI": server.url,
                            "AWS_CONTAINER_AUTHORIZATION_TOKEN": "wrong",
                        ],
                        transport: transport
                    ).credentials()
                }
                #expect(error?.description.contains("HTTP 403 (AccessDenied: bad token)") == true)
            }
        }
    }

    @Test func containerFullURIMustBeSafe() async throws {
        let transport = ScriptedTransport(status: 200)
        let error = await #expect(throws: CredentialsError.self) {
            _ = try await session(
                ["AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://credentials.example.com/creds"], transport: transport
            ).credentials()
        }
        #expect(error?.description.contains("must be https") == true)
        #expect(transport.requests.isEmpty)
    }

    @Test func containerRelativeURIUsesTheECSHost() async throws {
        let transport = ScriptedTransport { _, _ in
            .json(
                200,
                CredentialServers.jsonCredentials(
                    keyId: "ASIAECS", secret: "s", token: "t", expiration: "2026-11-29T08:00:00Z"))
        }
        let credentials = try await session(
            ["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/v2/credentials/uuid"], transport: transport
        ).credentials()
        #expect(credentials.accessKeyId == "ASIAECS")
        #expect(transport.requests.map(\.url) == ["http://169.254.170.2/v2/credentials/uuid"])
    }

    @Test func instanceMetadataV2() async throws {
        try await TestHTTPServer.answering { request in
            switch (request.method, request.path) {
            case ("PUT", "/latest/api/token"):
                guard request.header("x-aws-ec2-metadata-token-ttl-seconds") == "21600" else {
                    return .text("missing ttl", status: 400)
                }
                return .text("imds-session-token")
            case ("GET", "/latest/meta-data/iam/security-credentials/"):
                guard request.header("x-aws-ec2-metadata-token") == "imds-session-token" else {
                    return .text("", status: 401)
                }
                return .text("ci-runner-role\n")
            case ("GET", "/latest/meta-data/iam/security-credentials/ci-runner-role"):
                guard request.header("x-aws-ec2-metadata-token") == "imds-session-token" else {
                    return .text("", status: 401)
                }
                return .json(
                    CredentialServers.jsonCredentials(
                        keyId: "ASIAIMDS", secret: "imds-secret", token: "imds-token",
                        expiration: "2026-11-29T08:00:00Z"))
            default:
                return .text("", status: 404)
            }
        }.run { server in
            try await TestTransport.with { transport in
                let credentials = try await session(
                    ["AWS_EC2_METADATA_SERVICE_ENDPOINT": server.url], transport: transport
                ).credentials()
                #expect(credentials.accessKeyId == "ASIAIMDS")
                #expect(credentials.sessionToken == "imds-token")
                #expect(credentials.source == "EC2 instance metadata (role ci-runner-role)")
                #expect(server.requests.map(\.method) == ["PUT", "GET", "GET"])
            }
        }
    }

    @Test func instanceMetadataWithoutRoleOrServiceDoesNotApply() async throws {
        try await TestHTTPServer.answering { request in
            request.method == "PUT" ? .text("tok") : .text("", status: 404)
        }.run { server in
            try await TestTransport.with { transport in
                let error = await #expect(throws: CredentialsError.self) {
                    _ = try await session(["AWS_EC2_METADATA_SERVICE_ENDPOINT": server.url], transport: transport)
                        .credentials()
                }
                #expect(error?.isMissing == true)
                #expect(error?.sourcesTried.last?.reason == "the instance has no IAM role (instance profile)")
            }
        }
        let unreachable = ScriptedTransport { _, _ in
            throw TransportError.timeout("deadline exceeded", outcomeUnknown: false)
        }
        let error = await #expect(throws: CredentialsError.self) {
            _ = try await session([:], transport: unreachable).credentials()
        }
        #expect(
            error?.sourcesTried.last?.reason.hasPrefix("no instance metadata service at http://169.254.169.254") == true
        )
    }
}
