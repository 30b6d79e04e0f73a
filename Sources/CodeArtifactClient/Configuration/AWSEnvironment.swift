import Foundation

/// Everything the client reads from outside: environment variables, files, and how to run a
/// `credential_process`. Injected, never read globally inside the logic, so tests are hermetic.
public struct AWSEnvironment: Sendable {
    /// The environment variables (`AWS_*`, `HOME`, `HTTPS_PROXY`, ...).
    public var variables: [String: String]
    /// Reads config, credentials and token files.
    public var files: any FileReading
    /// Runs `credential_process` commands.
    public var processes: any ProcessRunning
    /// Writes an SSO token refreshed through SSO-OIDC back to the cache the AWS CLI shares.
    public var fileWriter: any FileWriting

    /// Creates an environment.
    public init(
        variables: [String: String], files: any FileReading = LocalFileReader(),
        processes: any ProcessRunning = LocalProcessRunner(), fileWriter: any FileWriting = LocalFileWriter()
    ) {
        self.variables = variables
        self.files = files
        self.processes = processes
        self.fileWriter = fileWriter
    }

    /// The process's real environment, file system and process runner.
    public static func current() -> AWSEnvironment {
        AWSEnvironment(variables: ProcessInfo.processInfo.environment)
    }

    /// The variable's value, `nil` when unset or empty.
    subscript(_ name: String) -> String? {
        guard let value = variables[name], !value.isEmpty else { return nil }
        return value
    }

    /// `path` with a leading `~` replaced by `HOME`.
    func expandingHome(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home = self["HOME"] else { return path }
        return home + path.dropFirst()
    }

    /// The shared credentials file: `AWS_SHARED_CREDENTIALS_FILE` or `~/.aws/credentials`.
    var credentialsFilePath: String {
        expandingHome(self["AWS_SHARED_CREDENTIALS_FILE"] ?? "~/.aws/credentials")
    }

    /// The config file: `AWS_CONFIG_FILE` or `~/.aws/config`.
    var configFilePath: String {
        expandingHome(self["AWS_CONFIG_FILE"] ?? "~/.aws/config")
    }
}
