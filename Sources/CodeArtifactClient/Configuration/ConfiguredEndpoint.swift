/// botocore's configured endpoint lookup (`ConfiguredEndpointProvider`) for the clients it
/// makes on the side, SSO's portal and SSO-OIDC: `AWS_ENDPOINT_URL_<SERVICE>`, then
/// `AWS_ENDPOINT_URL`, then the service's `endpoint_url` in the `[services NAME]` section the
/// profile names with `services = NAME`, then the profile's `endpoint_url`; none of them when
/// `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS` (or the profile's `ignore_configured_endpoint_urls`) is true.
struct ConfiguredEndpoint: Sendable {
    /// The service id in snake case: `sso`, `sso_oidc`.
    var service: String
    /// The endpoint when nothing is configured, e.g. `https://portal.sso.eu-west-1.amazonaws.com`.
    var defaultURL: String

    /// The endpoint, given the variables, the keys of the profile in use and the shared files.
    func resolve(environment: AWSEnvironment, profile: [String: String]?, shared: SharedConfiguration) throws
        -> ServiceEndpoint
    {
        try ServiceEndpoint(
            parsing: configuredURL(environment: environment, profile: profile, shared: shared) ?? defaultURL)
    }

    private func configuredURL(environment: AWSEnvironment, profile: [String: String]?, shared: SharedConfiguration)
        throws -> String?
    {
        let ignore = environment["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"] ?? profile?["ignore_configured_endpoint_urls"]
        if ignore?.lowercased() == "true" { return nil }
        if let url = environment["AWS_ENDPOINT_URL_\(service.uppercased())"] ?? environment["AWS_ENDPOINT_URL"] {
            return url
        }
        if let sectionName = profile?["services"], !sectionName.isEmpty {
            guard let services = shared.services(sectionName) else {
                throw ClientConfigurationError.invalidEndpoint(
                    "services = \(sectionName)", "\(shared.configPath) has no [services \(sectionName)] section")
            }
            if let url = services[service]?["endpoint_url"], !url.isEmpty { return url }
        }
        return profile?["endpoint_url"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The SSO portal (`GetRoleCredentials`) in `region`.
    static func ssoPortal(region: String) -> ConfiguredEndpoint {
        ConfiguredEndpoint(
            service: "sso", defaultURL: "https://portal.sso.\(region).\(EndpointResolver.dnsSuffix(region))")
    }

    /// SSO-OIDC (`CreateToken`) in `region`.
    static func ssoOIDC(region: String) -> ConfiguredEndpoint {
        ConfiguredEndpoint(
            service: "sso_oidc", defaultURL: "https://oidc.\(region).\(EndpointResolver.dnsSuffix(region))")
    }
}
