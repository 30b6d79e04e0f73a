/// The shared config and credentials files, merged per profile as the AWS CLI does: a
/// profile's keys come from `[profile NAME]` (or `[default]`) in the config file, overridden by
/// `[NAME]` in the credentials file.
struct SharedConfiguration: Sendable {
    /// The credentials file's path.
    var credentialsPath: String
    /// The config file's path.
    var configPath: String
    /// The parsed credentials file, `nil` when absent.
    var credentials: ProfileFile?
    /// The parsed config file, `nil` when absent.
    var config: ProfileFile?

    /// Reads both files through the environment's file reader.
    static func load(_ environment: AWSEnvironment) throws -> SharedConfiguration {
        let credentialsPath = environment.credentialsFilePath
        let configPath = environment.configFilePath
        let credentials = try read(credentialsPath, environment)
        let config = try read(configPath, environment)
        return SharedConfiguration(
            credentialsPath: credentialsPath, configPath: configPath, credentials: credentials, config: config)
    }

    private static func read(_ path: String, _ environment: AWSEnvironment) throws -> ProfileFile? {
        do {
            return try environment.files.readFile(atPath: path).map(ProfileFile.parse)
        } catch {
            throw CredentialsError.unreadableFile(path, "\(error)")
        }
    }

    /// The merged keys of profile `name`, or `nil` when neither file has it.
    func profile(_ name: String) -> [String: String]? {
        let fromConfig =
            name == "default"
            ? (config?.sections["default"] ?? config?.sections["profile default"])
            : config?.sections["profile \(name)"]
        let fromCredentials = credentials?.sections[name]
        guard fromConfig != nil || fromCredentials != nil else { return nil }
        return (fromConfig ?? [:]).merging(fromCredentials ?? [:]) { _, credentialsValue in credentialsValue }
    }

    /// The keys of `[sso-session NAME]` in the config file (the only place botocore reads it).
    func ssoSession(_ name: String) -> [String: String]? {
        config?.sections["sso-session \(name)"]
    }

    /// The nested settings of `[services NAME]` in the config file: service (`sso`, `sso_oidc`)
    /// to its keys, e.g. `endpoint_url`.
    func services(_ name: String) -> [String: [String: String]]? {
        guard config?.sections["services \(name)"] != nil else { return nil }
        return config?.nested["services \(name)"] ?? [:]
    }

    /// Why profile `name` was not found, naming the files looked in.
    func missingProfileReason(_ name: String) -> String {
        let configSection = name == "default" ? "[default]" : "[profile \(name)]"
        let credentialsPart =
            credentials == nil ? "no file at \(credentialsPath)" : "\(credentialsPath) has no [\(name)]"
        let configPart = config == nil ? "no file at \(configPath)" : "\(configPath) has no \(configSection)"
        return "\(credentialsPart); \(configPart)"
    }
}
