import Testing

@testable import CodeArtifactClient

/// Endpoint resolution and parsing, and the proxy settings.
@Suite struct EndpointTests {
    private func resolver(_ variables: [String: String], flag: String? = nil) -> EndpointResolver {
        EndpointResolver(options: ClientOptions(endpointURL: flag), environment: AWSEnvironment(variables: variables))
    }

    @Test func codeArtifactEndpointPrecedence() throws {
        #expect(
            try resolver([:]).codeArtifact(region: "us-east-1").description
                == "https://codeartifact.us-east-1.amazonaws.com")
        #expect(
            try resolver([:]).codeArtifact(region: "cn-north-1").description
                == "https://codeartifact.cn-north-1.amazonaws.com.cn")
        let all = ["AWS_ENDPOINT_URL": "http://global:1", "AWS_ENDPOINT_URL_CODEARTIFACT": "http://service:2"]
        #expect(
            try resolver(["AWS_ENDPOINT_URL": "http://global:1"]).codeArtifact(region: "x").description
                == "http://global:1")
        #expect(try resolver(all).codeArtifact(region: "x").description == "http://service:2")
        #expect(try resolver(all, flag: "http://flag:3/").codeArtifact(region: "x").description == "http://flag:3")
        #expect(resolver([:]).hasExplicitCodeArtifactEndpoint == false)
        #expect(resolver(["AWS_ENDPOINT_URL": "http://global:1"]).hasExplicitCodeArtifactEndpoint)
    }

    @Test func stsEndpointPrecedence() throws {
        #expect(try resolver([:]).sts(region: "eu-west-1").description == "https://sts.eu-west-1.amazonaws.com")
        #expect(
            try resolver([:]).sts(region: "cn-northwest-1").description == "https://sts.cn-northwest-1.amazonaws.com.cn"
        )
        #expect(try resolver([:]).sts(region: nil).description == "https://sts.amazonaws.com")
        #expect(try resolver(["AWS_ENDPOINT_URL": "http://g:1"]).sts(region: "x").description == "http://g:1")
        #expect(
            try resolver(["AWS_ENDPOINT_URL": "http://g:1", "AWS_ENDPOINT_URL_STS": "http://s:2"]).sts(region: "x")
                .description == "http://s:2")
    }

    @Test func endpointParsing() throws {
        let plain = try ServiceEndpoint(parsing: "https://codeartifact.us-east-1.amazonaws.com")
        #expect(plain.hostHeader == "codeartifact.us-east-1.amazonaws.com")
        #expect(
            plain.url(path: "/v1/packages", encodedQuery: "a=b")
                == "https://codeartifact.us-east-1.amazonaws.com/v1/packages?a=b")
        let defaultPort = try ServiceEndpoint(parsing: "https://host:443")
        #expect(defaultPort.hostHeader == "host")
        let local = try ServiceEndpoint(parsing: "http://localhost:4566/prefix/")
        #expect(local.hostHeader == "localhost:4566")
        #expect(local.basePath == "/prefix")
        #expect(local.isLoopback)
        let ipv6 = try ServiceEndpoint(parsing: "http://[::1]:8080")
        #expect(ipv6.hostHeader == "[::1]:8080")
        #expect(ipv6.isLoopback)
        for bad in [
            "codeartifact.amazonaws.com", "ftp://x", "http://", "http://x:99999", "http://u:p@x", "http://x/?q=1",
        ] {
            #expect(throws: ClientConfigurationError.self) { _ = try ServiceEndpoint(parsing: bad) }
        }
    }

    @Test func proxyFromEnvironmentWithCredentials() throws {
        let proxy = try #require(
            try ProxySettings.fromEnvironment(
                AWSEnvironment(variables: [
                    "HTTPS_PROXY": "http://user:p%40ss@proxy.corp:3128",
                    "NO_PROXY": "localhost, .internal.corp,10.0.0.5",
                ])))
        #expect(proxy.host == "proxy.corp")
        #expect(proxy.port == 3128)
        #expect(proxy.username == "user")
        #expect(proxy.password == "p@ss")
        #expect(proxy.applies(to: try ServiceEndpoint(parsing: "https://codeartifact.us-east-1.amazonaws.com")))
        #expect(!proxy.applies(to: try ServiceEndpoint(parsing: "https://repo.internal.corp")))
        #expect(!proxy.applies(to: try ServiceEndpoint(parsing: "https://internal.corp")))
        #expect(!proxy.applies(to: try ServiceEndpoint(parsing: "https://10.0.0.5")))
        #expect(!proxy.applies(to: try ServiceEndpoint(parsing: "http://127.0.0.1:8080")))
        #expect(!proxy.applies(to: try ServiceEndpoint(parsing: "http://codeartifact.test")))
        #expect(!proxy.applies(to: try ServiceEndpoint(parsing: "https://169.254.170.2")))
        #expect(try ProxySettings.fromEnvironment(AWSEnvironment(variables: [:])) == nil)
        let everything = try ProxySettings.fromEnvironment(
            AWSEnvironment(variables: ["https_proxy": "proxy:8080", "no_proxy": "*"]))
        #expect(everything?.applies(to: try ServiceEndpoint(parsing: "https://a.b")) == false)
        #expect(throws: ClientConfigurationError.self) {
            _ = try ProxySettings.fromEnvironment(AWSEnvironment(variables: ["HTTPS_PROXY": "socks5://p:1"]))
        }
    }

    @Test func proxyRoutingPicksTheTransportByHost() async throws {
        let direct = ScriptedTransport(status: 200, body: "direct")
        let proxied = ScriptedTransport(status: 200, body: "proxied")
        let settings = try #require(
            try ProxySettings.fromEnvironment(AWSEnvironment(variables: ["HTTPS_PROXY": "http://proxy:3128"])))
        let routing = ProxyRoutingTransport(direct: direct, proxied: proxied, settings: settings)
        _ = try await routing.send(
            TransportRequest(method: "GET", url: "https://sts.us-east-1.amazonaws.com/", headers: []),
            timeout: .seconds(1))
        _ = try await routing.send(
            TransportRequest(method: "GET", url: "http://169.254.169.254/latest", headers: []), timeout: .seconds(1))
        #expect(proxied.requests.map(\.url) == ["https://sts.us-east-1.amazonaws.com/"])
        #expect(direct.requests.map(\.url) == ["http://169.254.169.254/latest"])
    }

    @Test func caBundleMustBeReadable() throws {
        let environment = AWSEnvironment(
            variables: ["AWS_CA_BUNDLE": "/nonexistent/ca.pem", "AWS_EC2_METADATA_DISABLED": "true"],
            files: MemoryFiles(files: [:]))
        let error = #expect(throws: ClientConfigurationError.self) {
            _ = try AWSSession(options: ClientOptions(), environment: environment, logger: Fixtures.quietLogger())
        }
        #expect(error?.description.contains("AWS_CA_BUNDLE") == true)
    }

    @Test func realSessionStartsAndShutsDown() async throws {
        let pem = "-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n"
        let environment = AWSEnvironment(
            variables: [
                "AWS_CA_BUNDLE": "/etc/ca.pem", "HTTPS_PROXY": "http://proxy:3128", "AWS_ACCESS_KEY_ID": "AKID",
                "AWS_SECRET_ACCESS_KEY": "secret", "AWS_REGION": "us-east-1",
            ],
            files: MemoryFiles(files: ["/etc/ca.pem": pem]))
        let region = try await AWSSession.withSession(
            options: ClientOptions(), environment: environment, logger: Fixtures.quietLogger()
        ) { session in
            try session.codeArtifact().region
        }
        #expect(region == "us-east-1")
    }
}
