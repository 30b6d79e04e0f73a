/// Picks the region: the plan's (per target), then `--region`, `AWS_REGION`,
/// `AWS_DEFAULT_REGION`, the profile's `region`.
struct RegionResolver: Sendable {
    /// `--region`.
    var commandLine: String?
    /// `AWS_REGION` or else `AWS_DEFAULT_REGION`.
    var environment: String?
    /// The profile's `region`.
    var profile: String?
    /// The profile consulted (for the error message).
    var profileName: String

    init(options: ClientOptions, environment: AWSEnvironment, shared: SharedConfiguration?, profileName: String) {
        self.commandLine = options.region.flatMap { $0.isEmpty ? nil : $0 }
        self.environment = environment["AWS_REGION"] ?? environment["AWS_DEFAULT_REGION"]
        self.profile = shared?.profile(profileName)?["region"].flatMap { $0.isEmpty ? nil : $0 }
        self.profileName = profileName
    }

    /// The default region (without a plan's), if any source names one.
    var defaultRegion: String? { commandLine ?? environment ?? profile }

    /// The region for a target that names `explicit` (or none); throws when there is none or
    /// it cannot be a host name label.
    func resolve(_ explicit: String?) throws -> String {
        guard let region = explicit.flatMap({ $0.isEmpty ? nil : $0 }) ?? defaultRegion else {
            throw ClientConfigurationError.noRegion(triedProfile: profileName)
        }
        let valid = region.utf8.allSatisfy { byte in
            (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || byte == 45
        }
        guard valid, !region.hasPrefix("-"), !region.hasSuffix("-") else {
            throw ClientConfigurationError.invalidRegion(region)
        }
        return region
    }
}
