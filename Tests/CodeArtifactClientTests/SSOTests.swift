import Foundation
import Synchronization
import TestSupport
import Testing

@testable import CodeArtifactClient

/// IAM Identity Center profiles against an in-process fake of the SSO portal and SSO-OIDC,
/// each scenario resolved by prune and by botocore in copies of the same home directory: both
/// must end with the same access key, or both fail.
@Suite struct SSOTests {
    static let legacyStartURL = "https://legacy.awsapps.com/start"
    static let sessionStartURL = "https://corp.awsapps.com/start"
    static let expired = "the SSO session for profile dev has expired; run `aws sso login --profile dev`"

    /// What prune and botocore ended with in one scenario.
    struct Outcome: Sendable {
        var pruneKey: String?
        var pruneSource: String?
        var pruneExpiration: Date?
        var pruneError: String?
        var pruneNeedsLogin = false
        /// The requests prune made (botocore's come after and are not counted).
        var pruneRequests: [RecordedRequest] = []
        var botocore: Botocore.Outcome = .error("not run")
        var pruneHome: TemporaryHome
        var botocoreHome: TemporaryHome
        var logLines: [String] = []

        /// botocore's error, `nil` when it found credentials.
        var botocoreError: String? {
            if case .error(let message) = botocore { return message }
            return nil
        }

        /// Removes both homes.
        func remove() {
            pruneHome.remove()
            botocoreHome.remove()
        }
    }

    static func legacyConfig(role: String = "ReadOnly", region: Bool = true) -> String {
        """
        [profile dev]
        sso_start_url = \(legacyStartURL)
        \(region ? "sso_region = us-east-1" : "")
        sso_account_id = 111122223333
        sso_role_name = \(role)
        region = us-east-1
        """
    }

    /// An `sso-session` profile; its endpoints from a `[services]` section when `servicesURL` is given.
    static func sessionConfig(servicesURL: String? = nil) -> String {
        var text = """
            [profile dev]
            sso_session = corp
            sso_account_id = 111122223333
            sso_role_name = ReadOnly
            region = us-east-1

            """
        if servicesURL != nil { text += "services = fake\n" }
        text += """

            [sso-session corp]
            sso_start_url = \(sessionStartURL)
            sso_region = us-east-1
            sso_registration_scopes = sso:account:access

            """
        if let servicesURL {
            text += """

                [services fake]
                sso =
                  endpoint_url = \(servicesURL)
                sso_oidc =
                  endpoint_url = \(servicesURL)

                """
        }
        return text
    }

    static func legacyToken(_ accessToken: String, expiresIn seconds: TimeInterval) -> String {
        #"{"startUrl": "\#(legacyStartURL)", "region": "us-east-1", "accessToken": "\#(accessToken)", "expiresAt": "\#(TemporaryHome.time(seconds))"}"#
    }

    static func sessionToken(
        _ accessToken: String, expiresIn seconds: TimeInterval, registrationExpiresIn registration: TimeInterval,
        refreshToken: String = FakeSSO.refreshToken
    ) -> String {
        #"{"startUrl": "\#(sessionStartURL)", "region": "us-east-1", "accessToken": "\#(accessToken)", "expiresAt": "\#(TemporaryHome.time(seconds))", "clientId": "client-id-1", "clientSecret": "\#(FakeSSO.clientSecret)", "registrationExpiresAt": "\#(TemporaryHome.time(registration))", "refreshToken": "\#(refreshToken)"}"#
    }

    /// Starts the fake, writes the home (config from the fake's URL), resolves profile `dev`
    /// with prune and then botocore (each in its own copy), and stops the fake.
    static func resolve(
        config: @escaping @Sendable (String) -> String, tokens: [String: String], endpointVariables: Bool = true
    ) async throws -> Outcome {
        try await TestHTTPServer.answering { FakeSSO.handle($0) }.run { server in
            let home = try TemporaryHome(config: config(server.url), tokens: tokens)
            var outcome = Outcome(pruneHome: home, botocoreHome: try home.copy())
            var variables = ["HOME": home.path, "AWS_EC2_METADATA_DISABLED": "true"]
            if endpointVariables {
                variables["AWS_ENDPOINT_URL_SSO"] = server.url
                variables["AWS_ENDPOINT_URL_SSO_OIDC"] = server.url
            }
            let (logger, lines) = CapturingLogHandler.logger()
            let frozen = variables
            let result: (key: String?, source: String?, expiration: Date?, error: String?, login: Bool) =
                try await TestTransport.with {
                    transport in
                    let session = try AWSSession(
                        options: ClientOptions(profile: "dev", region: "us-east-1"),
                        environment: AWSEnvironment(variables: frozen), logger: logger, transport: transport)
                    do {
                        let credentials = try await session.credentials()
                        return (credentials.accessKeyId, credentials.source, credentials.expiration, nil, false)
                    } catch let error as CredentialsError {
                        return (nil, nil, nil, error.description, error.needsSSOLogin)
                    } catch {
                        return (nil, nil, nil, "\(error)", false)
                    }
                }
            outcome.pruneKey = result.key
            outcome.pruneSource = result.source
            outcome.pruneExpiration = result.expiration
            outcome.pruneError = result.error
            outcome.pruneNeedsLogin = result.login
            outcome.pruneRequests = server.requests
            outcome.logLines = lines.all
            variables["HOME"] = outcome.botocoreHome.path
            outcome.botocore = try await Botocore.resolve(profile: "dev", variables: variables)
            return outcome
        }
    }

    /// No secret of the fake reached prune's trace log or error.
    static func expectNoLeak(_ outcome: Outcome) {
        for text in outcome.logLines + [outcome.pruneError ?? ""] {
            for secret in FakeSSO.secrets where text.contains(secret) {
                Issue.record("secret \(secret) leaked: \(text.prefix(300))")
            }
        }
    }

    @Test func legacyProfile() async throws {
        let outcome = try await Self.resolve(
            config: { _ in Self.legacyConfig() },
            tokens: [Self.legacyStartURL: Self.legacyToken("LEGACYACCESSTOKEN-0001", expiresIn: 3600)])
        defer { outcome.remove() }
        #expect(outcome.pruneKey == "ASIALEGACYSSO0001", "\(outcome.pruneError ?? "")")
        #expect(outcome.pruneSource == "profile 'dev' (sso)")
        // The portal's epoch milliseconds: an hour from now, so the credentials are refreshed in time.
        #expect(abs((outcome.pruneExpiration?.timeIntervalSinceNow ?? 0) - 3600) < 60)
        #expect(outcome.botocore == .key("ASIALEGACYSSO0001"))
        let request = try #require(outcome.pruneRequests.first)
        #expect(outcome.pruneRequests.count == 1)
        #expect(request.method == "GET" && request.path == "/federation/credentials")
        #expect(request.query == ["role_name": "ReadOnly", "account_id": "111122223333"])
        #expect(request.header("x-amz-sso_bearer_token") == "LEGACYACCESSTOKEN-0001")
        Self.expectNoLeak(outcome)
    }

    @Test func ssoSessionProfileWithEndpointsFromTheServicesSection() async throws {
        let token = Self.sessionToken("SESSIONACCESSTOKEN-0002", expiresIn: 8 * 3600, registrationExpiresIn: 86400)
        let outcome = try await Self.resolve(
            config: { Self.sessionConfig(servicesURL: $0) }, tokens: ["corp": token], endpointVariables: false)
        defer { outcome.remove() }
        #expect(outcome.pruneKey == "ASIASESSIONSSO0002", "\(outcome.pruneError ?? "")")
        #expect(outcome.botocore == .key("ASIASESSIONSSO0002"))
        // A token valid for hours is used as it is: no refresh, the cache untouched.
        #expect(outcome.pruneRequests.map(\.path) == ["/federation/credentials"])
        #expect(try String(contentsOfFile: outcome.pruneHome.tokenPath("corp"), encoding: .utf8) == token)
        Self.expectNoLeak(outcome)
    }

    @Test func expiredLegacyTokenAsksForLoginBeforeAnyRequest() async throws {
        let outcome = try await Self.resolve(
            config: { _ in Self.legacyConfig() },
            tokens: [Self.legacyStartURL: Self.legacyToken("STALEACCESSTOKEN-0004", expiresIn: -60)])
        defer { outcome.remove() }
        #expect(outcome.pruneKey == nil)
        #expect(outcome.pruneError == Self.expired)
        #expect(outcome.pruneNeedsLogin)
        #expect(outcome.pruneRequests.isEmpty)
        let botocoreError = try #require(outcome.botocoreError, "botocore resolved \(outcome.botocore)")
        #expect(botocoreError.hasPrefix("UnauthorizedSSOTokenError"))
    }

    @Test func expiredSessionTokenWithAnExpiredRegistrationAsksForLogin() async throws {
        let outcome = try await Self.resolve(
            config: { _ in Self.sessionConfig() },
            tokens: ["corp": Self.sessionToken("STALEACCESSTOKEN-0004", expiresIn: -60, registrationExpiresIn: -60)])
        defer { outcome.remove() }
        #expect(outcome.pruneError == Self.expired)
        #expect(outcome.pruneRequests.isEmpty)
        let botocoreError = try #require(outcome.botocoreError, "botocore resolved \(outcome.botocore)")
        #expect(botocoreError.contains("Token has expired and refresh failed"))
    }

    @Test func expiredSessionTokenWhoseRefreshIsRefusedAsksForLoginAndSaysWhy() async throws {
        let token = Self.sessionToken(
            "STALEACCESSTOKEN-0004", expiresIn: -60, registrationExpiresIn: 86400, refreshToken: "WRONGREFRESH-0011")
        let outcome = try await Self.resolve(config: { _ in Self.sessionConfig() }, tokens: ["corp": token])
        defer { outcome.remove() }
        let error = try #require(outcome.pruneError)
        #expect(error.hasPrefix("the SSO session for profile dev has expired ("))
        #expect(error.contains("HTTP 400 InvalidGrantException: Invalid refresh token provided"))
        #expect(error.hasSuffix("; run `aws sso login --profile dev`"))
        #expect(!error.contains("WRONGREFRESH-0011"))
        #expect(outcome.pruneRequests.map(\.path) == ["/token"])
        let botocoreError = try #require(outcome.botocoreError, "botocore resolved \(outcome.botocore)")
        #expect(botocoreError.contains("Token has expired and refresh failed"))
    }

    @Test func expiredSessionTokenIsRefreshedThroughOIDCAndWrittenBackAsBotocoreWritesIt() async throws {
        let outcome = try await Self.resolve(
            config: { _ in Self.sessionConfig() },
            tokens: [
                "corp": Self.sessionToken("STALEACCESSTOKEN-0004", expiresIn: -3600, registrationExpiresIn: 30 * 86400)
            ])
        defer { outcome.remove() }
        #expect(outcome.pruneKey == "ASIAREFRESHEDSSO03", "\(outcome.pruneError ?? "")")
        #expect(outcome.botocore == .key("ASIAREFRESHEDSSO03"))
        #expect(outcome.pruneRequests.map(\.path) == ["/token", "/federation/credentials"])
        let body = Fixtures.json(try #require(outcome.pruneRequests.first).body)
        #expect(body["grantType"] as? String == "refresh_token")
        #expect(body["refreshToken"] as? String == FakeSSO.refreshToken)
        #expect(outcome.pruneRequests.last?.header("x-amz-sso_bearer_token") == FakeSSO.refreshedAccessToken)

        let path = outcome.pruneHome.tokenPath("corp")
        let ours = try String(contentsOfFile: path, encoding: .utf8)
        let theirs = try String(contentsOfFile: outcome.botocoreHome.tokenPath("corp"), encoding: .utf8)
        let json = Fixtures.json(Array(ours.utf8))
        #expect(json["accessToken"] as? String == FakeSSO.refreshedAccessToken)
        #expect(json["refreshToken"] as? String == FakeSSO.rotatedRefreshToken)
        // Byte for byte botocore's file, but for expiresAt (now + 8 hours, taken a moment apart).
        let ourExpiry = try #require(SSOToken.parseTime(json["expiresAt"] as? String ?? ""))
        let theirExpiry = try #require(
            SSOToken.parseTime(Fixtures.json(Array(theirs.utf8))["expiresAt"] as? String ?? ""))
        #expect(abs(ourExpiry.timeIntervalSince(theirExpiry)) < 30)
        #expect(abs(ourExpiry.timeIntervalSinceNow - 8 * 3600) < 30)
        let masked = { (text: String) in
            text.replacingOccurrences(of: #""expiresAt": "[^"]*""#, with: "", options: .regularExpression)
        }
        #expect(masked(ours) == masked(theirs))
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: outcome.pruneHome.path + "/.aws/sso/cache")
        #expect(leftovers.count == 1)
        Self.expectNoLeak(outcome)
    }

    @Test func aRefusedRefreshKeepsATokenThatIsStillValid() async throws {
        // Inside botocore's 15-minute window, so a refresh is tried; SSO-OIDC refuses it.
        let token = Self.sessionToken(
            "SESSIONACCESSTOKEN-0002", expiresIn: 600, registrationExpiresIn: 86400, refreshToken: "WRONGREFRESH-0011")
        let outcome = try await Self.resolve(config: { _ in Self.sessionConfig() }, tokens: ["corp": token])
        defer { outcome.remove() }
        #expect(outcome.pruneKey == "ASIASESSIONSSO0002", "\(outcome.pruneError ?? "")")
        #expect(outcome.botocore == .key("ASIASESSIONSSO0002"))
        #expect(outcome.pruneRequests.map(\.path) == ["/token", "/federation/credentials"])
        #expect(try String(contentsOfFile: outcome.pruneHome.tokenPath("corp"), encoding: .utf8) == token)
        #expect(outcome.logLines.contains { $0.contains("refreshing the SSO token failed") && $0.contains("HTTP 400") })
        Self.expectNoLeak(outcome)
        #expect(!outcome.logLines.joined().contains("WRONGREFRESH-0011"))
    }

    /// The legacy profile `dev` (and `extraConfig`) in memory, its token valid until 08:00; the
    /// test clock reads 02:00.
    static func memoryFiles(extraConfig: String = "") -> [String: String] {
        let tokenPath = SSOTokenCache(environment: AWSEnvironment(variables: ["HOME": "/h"])).path(
            for: legacyStartURL)
        return [
            "/h/.aws/config": legacyConfig() + "\n" + extraConfig,
            tokenPath: #"{"accessToken": "LEGACYACCESSTOKEN-0001", "expiresAt": "2026-11-29T08:00:00Z"}"#,
        ]
    }

    /// The default portal endpoint, answering `ASIAFROMSSO<n>` for its n-th call with credentials
    /// that expire an hour after `clock`'s time; anything else is STS AssumeRole.
    static func scriptedPortal(_ clock: TestClock) -> ScriptedTransport {
        let portalCalls = Mutex(0)
        return ScriptedTransport { _, request in
            guard request.url.hasPrefix("https://portal.sso.us-east-1.amazonaws.com/federation/credentials?") else {
                return CredentialServers.stsAnswer(
                    action: "AssumeRole", keyId: "ASIADEPLOYER", secret: "role-secret", token: "role-token",
                    expiration: "2026-11-29T03:00:00Z")
            }
            let call = portalCalls.withLock { count in
                count += 1
                return count
            }
            let expiration = Int64((clock.date.timeIntervalSince1970 + 3600) * 1000)
            return .json(
                200,
                #"{"roleCredentials":{"accessKeyId":"ASIAFROMSSO\#(call)","secretAccessKey":"sso-secret","sessionToken":"sso-token","expiration":\#(expiration)}}"#
            )
        }
    }

    @Test func aRoleProfileCanTakeAnSSOProfileAsItsSource() async throws {
        let transport = Self.scriptedPortal(Fixtures.clock())
        let session = try Fixtures.session(
            transport: transport, variables: ["HOME": "/h", "AWS_EC2_METADATA_DISABLED": "true"],
            files: Self.memoryFiles(
                extraConfig:
                    "[profile deployer]\nrole_arn = arn:aws:iam::123456789012:role/deployer\nsource_profile = dev\n"
            ),
            options: ClientOptions(profile: "deployer", region: "us-east-1"))
        let credentials = try await session.credentials()
        #expect(credentials.accessKeyId == "ASIADEPLOYER")
        #expect(credentials.source == "profile 'deployer' (role_arn)")
        let assumeRole = try #require(transport.requests.last)
        #expect(assumeRole.header("Authorization")?.contains("Credential=ASIAFROMSSO1/") == true)
    }

    @Test func roleCredentialsAreExchangedAgainBeforeTheyExpire() async throws {
        let clock = Fixtures.clock()
        let transport = Self.scriptedPortal(clock)
        let session = try Fixtures.session(
            transport: transport, variables: ["HOME": "/h", "AWS_EC2_METADATA_DISABLED": "true"],
            files: Self.memoryFiles(), options: ClientOptions(profile: "dev", region: "us-east-1"), clock: clock)
        #expect(try await session.credentials().accessKeyId == "ASIAFROMSSO1")
        clock.advance(by: .seconds(3000))
        #expect(try await session.credentials().accessKeyId == "ASIAFROMSSO1")
        // Inside the five-minute refresh window: the token is read again and exchanged again.
        clock.advance(by: .seconds(400))
        #expect(try await session.credentials().accessKeyId == "ASIAFROMSSO2")
        #expect(transport.requests.count == 2)
    }

    @Test func portalUnauthorizedNamesTheAccountAndRole() async throws {
        let outcome = try await Self.resolve(
            config: { _ in Self.legacyConfig() },
            tokens: [Self.legacyStartURL: Self.legacyToken("REVOKEDACCESSTOKEN-0010", expiresIn: 3600)])
        defer { outcome.remove() }
        let error = try #require(outcome.pruneError)
        #expect(error.contains("account 111122223333, role ReadOnly"))
        #expect(error.contains("HTTP 401 UnauthorizedException"))
        #expect(error.contains("aws sso login --profile dev"))
        #expect(!error.contains("REVOKEDACCESSTOKEN-0010"))
        let botocoreError = try #require(outcome.botocoreError, "botocore resolved \(outcome.botocore)")
        #expect(botocoreError.hasPrefix("UnauthorizedSSOTokenError"))
    }

    @Test func portalForbiddenNamesTheAccountAndRole() async throws {
        let outcome = try await Self.resolve(
            config: { _ in Self.legacyConfig(role: "NoAccess") },
            tokens: [Self.legacyStartURL: Self.legacyToken("LEGACYACCESSTOKEN-0001", expiresIn: 3600)])
        defer { outcome.remove() }
        let error = try #require(outcome.pruneError)
        #expect(error.contains("account 111122223333, role NoAccess"))
        #expect(error.contains("HTTP 403 ForbiddenException: No access"))
        let botocoreError = try #require(outcome.botocoreError, "botocore resolved \(outcome.botocore)")
        #expect(botocoreError.contains("ForbiddenException"))
        Self.expectNoLeak(outcome)
    }

    @Test func aProfileMissingAKeyIsAConfigurationErrorNamingIt() async throws {
        let outcome = try await Self.resolve(
            config: { _ in Self.legacyConfig(region: false) },
            tokens: [Self.legacyStartURL: Self.legacyToken("LEGACYACCESSTOKEN-0001", expiresIn: 3600)])
        defer { outcome.remove() }
        let error = try #require(outcome.pruneError)
        #expect(error.hasPrefix("profile 'dev' is configured for IAM Identity Center (SSO) but is missing sso_region"))
        #expect(outcome.pruneRequests.isEmpty)
        let botocoreError = try #require(outcome.botocoreError, "botocore resolved \(outcome.botocore)")
        #expect(botocoreError.hasPrefix("InvalidConfigError") && botocoreError.contains("sso_region"))
    }
}
