import CodeArtifactClient
import Foundation

/// botocore (the AWS CLI's and boto3's core, from this machine's python3) resolving a
/// profile's credentials in a given environment: the reference prune is compared with.
enum Botocore {
    /// What botocore ended with: an access key id, or an error's type and message.
    enum Outcome: Equatable {
        case key(String)
        case error(String)
    }

    private static let script = """
        import sys
        import botocore.session
        try:
            credentials = botocore.session.Session(profile=sys.argv[1]).get_credentials()
            print("KEY " + (credentials.get_frozen_credentials().access_key if credentials else "NONE"))
        except Exception as error:
            print("ERROR " + type(error).__name__ + ": " + str(error).replace("\\n", " "))
        """

    /// Resolves `profile` with `variables` (plus `PATH`) as the whole environment.
    static func resolve(profile: String, variables: [String: String]) async throws -> Outcome {
        var environment = variables
        environment["PATH"] = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        environment["PRUNE_BOTOCORE_SCRIPT"] = script
        environment["PRUNE_BOTOCORE_PROFILE"] = profile
        let result = try await LocalProcessRunner().run(
            command: #"exec python3 -c "$PRUNE_BOTOCORE_SCRIPT" "$PRUNE_BOTOCORE_PROFILE""#, environment: environment)
        let output = String(decoding: result.standardOutput, as: UTF8.self).trimmingCharacters(
            in: .whitespacesAndNewlines)
        if output.hasPrefix("KEY ") { return .key(String(output.dropFirst(4))) }
        if output.hasPrefix("ERROR ") { return .error(String(output.dropFirst(6))) }
        return .error(
            "botocore did not run (status \(result.status)): "
                + String(decoding: result.standardError, as: UTF8.self).suffix(2000))
    }
}
