/// A setting the client cannot work with: no region, a malformed endpoint, an unreadable CA bundle.
public struct ClientConfigurationError: Error, Sendable, CustomStringConvertible {
    private enum Code: Sendable {
        case noRegion
        case invalidRegion
        case invalidEndpoint
        case invalidProxy
        case unreadableCABundle
    }

    private let code: Code
    /// What is wrong and how to fix it.
    public let description: String

    private init(_ code: Code, _ description: String) {
        self.code = code
        self.description = description
    }

    /// No region from any source.
    static func noRegion(triedProfile profile: String) -> ClientConfigurationError {
        ClientConfigurationError(
            .noRegion,
            "no AWS region: set one in the plan (region), pass --region, set AWS_REGION or AWS_DEFAULT_REGION, "
                + "or add 'region' to profile '\(profile)' in the AWS config file")
    }

    /// A region that cannot be part of a host name.
    static func invalidRegion(_ region: String) -> ClientConfigurationError {
        ClientConfigurationError(.invalidRegion, "invalid AWS region '\(region)' (expected e.g. us-east-1)")
    }

    /// An endpoint URL that cannot be used.
    static func invalidEndpoint(_ text: String, _ why: String) -> ClientConfigurationError {
        ClientConfigurationError(.invalidEndpoint, "invalid endpoint URL '\(text)': \(why)")
    }

    /// A proxy URL that cannot be used.
    static func invalidProxy(_ variable: String, _ why: String) -> ClientConfigurationError {
        ClientConfigurationError(.invalidProxy, "invalid proxy in \(variable): \(why)")
    }

    /// `AWS_CA_BUNDLE` names a file that cannot be read.
    static func unreadableCABundle(_ path: String) -> ClientConfigurationError {
        ClientConfigurationError(.unreadableCABundle, "AWS_CA_BUNDLE names '\(path)', which cannot be read")
    }

    /// True when no region could be found.
    public var isMissingRegion: Bool { code == .noRegion }
}
