extension AWSSession {
    /// The region for plans that name none, as a session would pick it (`--region`,
    /// `AWS_REGION`, `AWS_DEFAULT_REGION`, the profile's `region`), without making one:
    /// offline plans resolve regions exactly like online ones. Nil when no source names one.
    public static func defaultRegion(options: ClientOptions, environment: AWSEnvironment) throws -> String? {
        let profileName = options.profile ?? environment["AWS_PROFILE"] ?? "default"
        let shared = try SharedConfiguration.load(environment)
        return RegionResolver(options: options, environment: environment, shared: shared, profileName: profileName)
            .defaultRegion
    }
}
