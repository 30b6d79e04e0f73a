/// Picks the endpoints: CodeArtifact's from `--endpoint-url`, `AWS_ENDPOINT_URL_CODEARTIFACT`,
/// `AWS_ENDPOINT_URL`, else `https://codeartifact.REGION.amazonaws.com`; STS's from
/// `AWS_ENDPOINT_URL_STS`, `AWS_ENDPOINT_URL`, else `https://sts.REGION.amazonaws.com`
/// (`amazonaws.com.cn` in `cn-*` regions).
struct EndpointResolver: Sendable {
    /// `--endpoint-url`.
    var commandLine: String?
    /// `AWS_ENDPOINT_URL_CODEARTIFACT`.
    var codeArtifactVariable: String?
    /// `AWS_ENDPOINT_URL_STS`.
    var stsVariable: String?
    /// `AWS_ENDPOINT_URL`.
    var globalVariable: String?

    init(options: ClientOptions, environment: AWSEnvironment) {
        self.commandLine = options.endpointURL.flatMap { $0.isEmpty ? nil : $0 }
        self.codeArtifactVariable = environment["AWS_ENDPOINT_URL_CODEARTIFACT"]
        self.stsVariable = environment["AWS_ENDPOINT_URL_STS"]
        self.globalVariable = environment["AWS_ENDPOINT_URL"]
    }

    /// Whether an explicit CodeArtifact endpoint is set (then a plan with several regions is
    /// a usage error, as the product says).
    var hasExplicitCodeArtifactEndpoint: Bool {
        commandLine != nil || codeArtifactVariable != nil || globalVariable != nil
    }

    /// CodeArtifact's endpoint in `region`.
    func codeArtifact(region: String) throws -> ServiceEndpoint {
        if let explicit = commandLine ?? codeArtifactVariable ?? globalVariable {
            return try ServiceEndpoint(parsing: explicit)
        }
        return try ServiceEndpoint(parsing: "https://codeartifact.\(region).\(Self.dnsSuffix(region))")
    }

    /// STS's endpoint in `region` (the global one when no region is known).
    func sts(region: String?) throws -> ServiceEndpoint {
        if let explicit = stsVariable ?? globalVariable {
            return try ServiceEndpoint(parsing: explicit)
        }
        guard let region else { return try ServiceEndpoint(parsing: "https://sts.amazonaws.com") }
        return try ServiceEndpoint(parsing: "https://sts.\(region).\(Self.dnsSuffix(region))")
    }

    /// `amazonaws.com.cn` for China regions, else `amazonaws.com`.
    static func dnsSuffix(_ region: String) -> String {
        region.hasPrefix("cn-") ? "amazonaws.com.cn" : "amazonaws.com"
    }
}
