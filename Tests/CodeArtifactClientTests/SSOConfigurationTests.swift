import Foundation
import Testing

@testable import CodeArtifactClient

/// The offline parts of SSO: where the side endpoints come from, the cache file's name and
/// JSON, and which profiles are SSO profiles.
@Suite struct SSOConfigurationTests {
    static let config = """
        [profile dev]
        services = local
        endpoint_url = http://profile.test
        [profile plain]
        region = us-east-1
        [services local]
        sso =
          endpoint_url = http://services-sso.test
        sso_oidc =
          endpoint_url = http://services-oidc.test
        """

    private func endpoint(
        _ endpoint: ConfiguredEndpoint, profile: String, variables: [String: String] = [:], config: String = config
    ) throws -> String {
        var all = ["HOME": "/h"]
        all.merge(variables) { $1 }
        let environment = AWSEnvironment(variables: all, files: MemoryFiles(files: ["/h/.aws/config": config]))
        let shared = try SharedConfiguration.load(environment)
        return try endpoint.resolve(environment: environment, profile: shared.profile(profile), shared: shared)
            .description
    }

    @Test func endpointsFollowBotocoresOrder() throws {
        let portal = ConfiguredEndpoint.ssoPortal(region: "eu-west-1")
        let oidc = ConfiguredEndpoint.ssoOIDC(region: "cn-north-1")
        #expect(try endpoint(portal, profile: "plain") == "https://portal.sso.eu-west-1.amazonaws.com")
        #expect(try endpoint(oidc, profile: "plain") == "https://oidc.cn-north-1.amazonaws.com.cn")
        #expect(try endpoint(portal, profile: "dev") == "http://services-sso.test")
        #expect(try endpoint(oidc, profile: "dev") == "http://services-oidc.test")
        #expect(
            try endpoint(portal, profile: "dev", variables: ["AWS_ENDPOINT_URL": "http://all.test"])
                == "http://all.test")
        #expect(
            try endpoint(
                oidc, profile: "dev",
                variables: ["AWS_ENDPOINT_URL": "http://all.test", "AWS_ENDPOINT_URL_SSO_OIDC": "http://oidc.test"])
                == "http://oidc.test")
        #expect(
            try endpoint(portal, profile: "dev", config: "[profile dev]\nendpoint_url = http://profile.test\n")
                == "http://profile.test")
        #expect(
            try endpoint(portal, profile: "dev", variables: ["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS": "true"])
                == "https://portal.sso.eu-west-1.amazonaws.com")
        #expect(throws: ClientConfigurationError.self) {
            try endpoint(portal, profile: "dev", config: "[profile dev]\nservices = missing\n")
        }
    }

    @Test func cacheFileNamesAreTheSHA1OfTheSessionOrStartURL() {
        let cache = SSOTokenCache(environment: AWSEnvironment(variables: ["HOME": "/h"]))
        #expect(cache.path(for: "corp") == "/h/.aws/sso/cache/ee0bfd2552fbd840c02cc48b6e823320543c450f.json")
    }

    @Test func jsonStringsAreWrittenAsPythonWritesThem() {
        // python3 -c 'import json; print(json.dumps("é😀\"\\\n/\x7f\x01"))'
        #expect(
            SSOTokenCache.pythonJSONString("é😀\"\\\n/\u{7f}\u{01}") == #""\u00e9\ud83d\ude00\"\\\n/\u007f\u0001""#)
        #expect(SSOTokenCache.format(Date(timeIntervalSince1970: 1_795_917_600.9)) == "2026-11-29T02:00:00Z")
    }

    @Test func cachedExpiryTimesInEitherSpelling() {
        #expect(SSOToken.parseTime("2026-11-29T02:00:00UTC") == Date(timeIntervalSince1970: 1_795_917_600))
        #expect(SSOToken.parseTime("2026-11-29T02:00:00Z") == Date(timeIntervalSince1970: 1_795_917_600))
    }

    @Test func onlyAnAccountOrRoleMakesAnSSOCredentialProfile() throws {
        let environment = AWSEnvironment(
            variables: ["HOME": "/h"],
            files: MemoryFiles(files: [
                "/h/.aws/config": """
                [profile token-only]
                sso_session = corp
                [profile mismatch]
                sso_session = corp
                sso_account_id = 1
                sso_role_name = r
                sso_region = eu-west-1
                [profile no-section]
                sso_session = other
                sso_account_id = 1
                sso_role_name = r
                [sso-session corp]
                sso_start_url = https://corp.awsapps.com/start
                sso_region = us-east-1
                """
            ]))
        let shared = try SharedConfiguration.load(environment)
        let resolve = { (name: String) in
            try SSOProfile.resolve(profile: name, keys: shared.profile(name) ?? [:], shared: shared)
        }
        #expect(try resolve("token-only") == nil)
        let mismatch = #expect(throws: CredentialsError.self) { try resolve("mismatch") }
        #expect(mismatch?.description.contains("sso_region differs") == true)
        let noSection = #expect(throws: CredentialsError.self) { try resolve("no-section") }
        #expect(noSection?.description.contains("no [sso-session other] section") == true)
    }
}
