/// Runs a `credential_process` command. A seam for tests; ``LocalProcessRunner`` is the real one.
public protocol ProcessRunning: Sendable {
    /// Runs `command` through `/bin/sh -c` with `environment`, and returns how it ended.
    func run(command: String, environment: [String: String]) async throws -> ProcessResult
}
