/// A profile of the shared files: `role_arn` (with `source_profile`, `credential_source` or
/// `web_identity_token_file`) assumed through STS, IAM Identity Center (`sso_*`), static keys,
/// or `credential_process`, in botocore's order.
struct ProfileCredentialProvider: CredentialProvider {
    let context: CredentialContext
    let profileName: String
    /// Named by `--profile`: the only source tried.
    let explicit: Bool

    var name: String { "profile '\(profileName)'" + (explicit ? " (--profile)" : "") }

    func load() async throws -> CredentialLookup {
        let shared = try SharedConfiguration.load(context.environment)
        guard shared.profile(profileName) != nil else {
            return .notApplicable(shared.missingProfileReason(profileName))
        }
        return try await resolve(profileName, shared, chain: [])
    }

    /// The credentials of profile `profile`, reached through the source profiles in `chain`.
    private func resolve(_ profile: String, _ shared: SharedConfiguration, chain: [String]) async throws
        -> CredentialLookup
    {
        let source = "profile '\(profile)'"
        guard let keys = shared.profile(profile) else {
            throw CredentialsError.providerFailed(
                name, "source_profile '\(profile)' not found (\(shared.missingProfileReason(profile)))")
        }
        if let roleArn = keys["role_arn"], !roleArn.isEmpty, let tokenFile = keys["web_identity_token_file"] {
            // The web identity call assumes the role itself.
            return try await WebIdentityCredentialProvider(
                context: context, tokenFile: tokenFile, roleArn: roleArn, sessionName: keys["role_session_name"],
                name: "\(source) (web_identity_token_file)"
            ).load()
        }
        if let roleArn = keys["role_arn"], !roleArn.isEmpty {
            let sourceCredentials = try await roleSource(profile, keys, shared, chain: chain)
            let credentials = try await STSClient(context: context).assumeRole(
                roleArn: roleArn, sessionName: keys["role_session_name"] ?? STSClient.defaultSessionName(context.dates),
                externalId: keys["external_id"], durationSeconds: keys["duration_seconds"].flatMap { Int($0) },
                using: sourceCredentials, source: "\(source) (role_arn)")
            return .found(credentials)
        }
        if let sso = try SSOProfile.resolve(profile: profile, keys: keys, shared: shared) {
            // The side clients take their endpoints from the profile in use, as botocore's do.
            let active = shared.profile(profileName)
            return try await SSOCredentialProvider(
                context: context, profile: sso,
                portal: ConfiguredEndpoint.ssoPortal(region: sso.region).resolve(
                    environment: context.environment, profile: active, shared: shared),
                oidc: ConfiguredEndpoint.ssoOIDC(region: sso.region).resolve(
                    environment: context.environment, profile: active, shared: shared),
                name: "\(source) (sso)"
            ).load()
        }
        if let found = staticKeys(keys, source: source) { return .found(found) }
        if let command = keys["credential_process"], !command.isEmpty {
            return try await ProcessCredentialProvider(
                context: context, command: command, name: "\(source) (credential_process)"
            ).load()
        }
        let reason: String
        if keys["sso_session"] != nil || keys["sso_start_url"] != nil {
            // Signed in, perhaps, but with no role to take: botocore moves on too.
            reason = "\(source) has sso_* settings but no sso_account_id and sso_role_name, so it gives no credentials"
        } else if keys["aws_access_key_id"] != nil {
            reason = "\(source) has aws_access_key_id but no aws_secret_access_key"
        } else {
            reason = "\(source) has no aws_access_key_id, role_arn or credential_process"
        }
        if chain.isEmpty { return .notApplicable(reason) }
        throw CredentialsError.providerFailed(name, reason)
    }

    /// The credentials that assume a profile's role.
    private func roleSource(_ profile: String, _ keys: [String: String], _ shared: SharedConfiguration, chain: [String])
        async throws -> AWSCredentials
    {
        if let sourceProfile = keys["source_profile"], !sourceProfile.isEmpty {
            if sourceProfile == profile {
                guard let own = staticKeys(keys, source: "profile '\(profile)'") else {
                    throw CredentialsError.providerFailed(
                        name, "profile '\(profile)' is its own source_profile but has no keys")
                }
                return own
            }
            guard !chain.contains(sourceProfile), sourceProfile != profile else {
                throw CredentialsError.providerFailed(
                    name, "source_profile cycle: \((chain + [profile, sourceProfile]).joined(separator: " -> "))")
            }
            return try await expectFound(
                resolve(sourceProfile, shared, chain: chain + [profile]), from: "source_profile '\(sourceProfile)'")
        }
        if let credentialSource = keys["credential_source"] {
            let provider: any CredentialProvider
            switch credentialSource {
            case "Environment": provider = EnvironmentCredentialProvider(context: context)
            case "Ec2InstanceMetadata": provider = InstanceMetadataCredentialProvider(context: context)
            case "EcsContainer": provider = ContainerCredentialProvider(context: context)
            default:
                throw CredentialsError.providerFailed(
                    name,
                    "credential_source '\(credentialSource)' is not one of Environment, Ec2InstanceMetadata, EcsContainer"
                )
            }
            return try await expectFound(provider.load(), from: "credential_source \(credentialSource)")
        }
        throw CredentialsError.providerFailed(
            name,
            "profile '\(profile)' has role_arn but no source_profile, credential_source or web_identity_token_file")
    }

    private func expectFound(_ lookup: CredentialLookup, from source: String) throws -> AWSCredentials {
        switch lookup {
        case .found(let credentials): return credentials
        case .notApplicable(let reason): throw CredentialsError.providerFailed(name, "\(source): \(reason)")
        }
    }

    private func staticKeys(_ keys: [String: String], source: String) -> AWSCredentials? {
        guard let keyId = keys["aws_access_key_id"], !keyId.isEmpty, let secret = keys["aws_secret_access_key"],
            !secret.isEmpty
        else { return nil }
        let token = keys["aws_session_token"].flatMap { $0.isEmpty ? nil : $0 }
        context.redactor.register(secret, token)
        return AWSCredentials(accessKeyId: keyId, secretAccessKey: secret, sessionToken: token, source: source)
    }
}
