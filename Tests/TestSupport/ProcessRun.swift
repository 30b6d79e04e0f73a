import Foundation

/// What a finished process printed and how it exited.
public struct ProcessOutput: Sendable {
    /// The exit status (or the signal number for a process killed by one).
    public var status: Int32
    /// Standard output, decoded as UTF-8.
    public var stdout: String
    /// Standard error, decoded as UTF-8.
    public var stderr: String
}

/// Runs executables to completion for tests.
public enum ProcessRun {
    /// Runs `executable` with `arguments` in `directory` and waits for it. The environment is
    /// `base` (the test's own when nil) changed by `environment` (a nil value removes a
    /// variable); standard input is empty. When `interruptWhen` holds (polled every 50 ms for
    /// up to 30 s) the process gets SIGINT. Blocking: call it from a dispatch queue when an
    /// in-process server must keep answering meanwhile.
    public static func run(
        _ executable: URL, _ arguments: [String], in directory: URL = BuiltProducts.packageRoot,
        base: [String: String]? = nil, environment: [String: String?] = [:],
        interruptWhen: (@Sendable () -> Bool)? = nil
    ) throws -> ProcessOutput {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var merged = base ?? ProcessInfo.processInfo.environment
        for (name, value) in environment { merged[name] = value }
        process.environment = merged
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        if let interruptWhen {
            for _ in 0..<600 where process.isRunning && !interruptWhen() { Thread.sleep(forTimeInterval: 0.05) }
            kill(process.processIdentifier, SIGINT)
        }
        // Standard output first: the commands under test write little to standard error,
        // far below a pipe's buffer, so reading it second cannot block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ProcessOutput(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}
