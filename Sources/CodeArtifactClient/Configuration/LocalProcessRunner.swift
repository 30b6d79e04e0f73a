import Foundation
import Synchronization

/// Runs commands with Foundation's `Process`, off the cooperative thread pool.
public struct LocalProcessRunner: ProcessRunning {
    /// Creates the runner.
    public init() {}

    /// Runs `/bin/sh -c command`, collecting both outputs.
    public func run(command: String, environment: [String: String]) async throws -> ProcessResult {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                do {
                    continuation.resume(returning: try Self.runBlocking(command: command, environment: environment))
                } catch {
                    continuation.resume(throwing: error)
                }
            }
        }
    }

    private static func runBlocking(command: String, environment: [String: String]) throws -> ProcessResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read stderr on another thread so neither pipe can fill up and block the child.
        let errorData = SharedData()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            let data = errors.fileHandleForReading.readDataToEndOfFile()
            errorData.value.withLock { $0 = data }
            group.leave()
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        let status =
            process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
        return ProcessResult(
            status: status, standardOutput: Array(outputData), standardError: Array(errorData.value.withLock { $0 }))
    }
}

/// Bytes one thread fills and another reads: a `Mutex` in a class, so a closure can share it.
private final class SharedData: Sendable {
    let value = Mutex(Data())
}
