import Foundation
import Synchronization

/// moto's server (a real STS implementation, from PyPI `moto[server]`) on loopback and a free
/// port, stopped on every path; run by `$PRUNE_TEST_PYTHON` (else `python3`). Starting fails
/// the test, never skips it.
final class MotoServer: Sendable {
    let port: Int

    private init(port: Int) {
        self.port = port
    }

    var url: String { "http://127.0.0.1:\(port)" }

    /// Python: start moto on port 0, print the port, serve until stdin closes (so it also ends
    /// when the test process dies).
    private static let launcher = """
        import sys
        from moto.server import ThreadedMotoServer
        server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
        server.start()
        print(server.get_host_and_port()[1], flush=True)
        sys.stdin.read()
        server.stop()
        """

    static func run<Result: Sendable>(_ body: @Sendable (MotoServer) async throws -> Result) async throws -> Result {
        let process = Process()
        // Scripts/test points PRUNE_TEST_PYTHON at the project's environment (.venv, from
        // requirements-dev.txt); without it, the first python3 on PATH.
        if let python = ProcessInfo.processInfo.environment["PRUNE_TEST_PYTHON"], !python.isEmpty {
            process.executableURL = URL(fileURLWithPath: python)
            process.arguments = ["-c", launcher]
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", "-c", launcher]
        }
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        func stop() {
            try? input.fileHandleForWriting.close()
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
        }
        // A watchdog: a server that has not printed its port within a minute is ended, which
        // ends the read below with no line, and the test fails.
        let started = Mutex(false)
        DispatchQueue.global().asyncAfter(deadline: .now() + 60) {
            if !started.withLock({ $0 }), process.isRunning { process.terminate() }
        }
        let line = await readLine(output.fileHandleForReading)
        started.withLock { $0 = true }
        guard let line, let port = Int(line.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            stop()
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            throw MotoError.didNotStart(line: line, stderr: String(message.suffix(2000)))
        }
        do {
            let result = try await body(MotoServer(port: port))
            stop()
            return result
        } catch {
            stop()
            throw error
        }
    }

    /// The first line of `handle`, read off the cooperative pool; `nil` at end of file.
    private static func readLine(_ handle: FileHandle) async -> String? {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                var bytes: [UInt8] = []
                while true {
                    let chunk = handle.readData(ofLength: 1)
                    if chunk.isEmpty { break }
                    if chunk.first == UInt8(ascii: "\n") { break }
                    bytes.append(contentsOf: chunk)
                }
                continuation.resume(returning: bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self))
            }
        }
    }
}
