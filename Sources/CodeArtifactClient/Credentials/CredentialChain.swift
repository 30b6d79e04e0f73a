/// The order of credential sources (docs/spec/aws.md): environment, web identity, the profile,
/// container, EC2 instance metadata. An explicit `--profile` is the only source tried.
enum CredentialChain {
    /// The providers for a run.
    static func providers(context: CredentialContext, explicitProfile: String?) -> [any CredentialProvider] {
        if let explicitProfile {
            return [ProfileCredentialProvider(context: context, profileName: explicitProfile, explicit: true)]
        }
        return [
            EnvironmentCredentialProvider(context: context),
            WebIdentityCredentialProvider(context: context),
            ProfileCredentialProvider(
                context: context, profileName: context.environment["AWS_PROFILE"] ?? "default", explicit: false),
            ContainerCredentialProvider(context: context),
            InstanceMetadataCredentialProvider(context: context),
        ]
    }
}
