import Foundation

/// A misbehaving endpoint from `Fixtures/listeners.py` (a proxy refusing CONNECT, a TLS server
/// with an untrusted certificate), stopped on every path by closing its stdin.
struct ListenerProcess {
    let port: Int

    static func run<Result>(_ arguments: [String], _ body: (Int) async throws -> Result) async throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments =
            [
                "python3",
                Harness.packageRoot.appendingPathComponent("Tests/PruneIntegrationTests/Fixtures/listeners.py").path,
            ]
            + arguments
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
        }
        var line = Data()
        while let byte = try output.fileHandleForReading.read(upToCount: 1), let first = byte.first, first != 10 {
            line.append(first)
        }
        guard let port = Int(String(decoding: line, as: UTF8.self)) else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "listener did not start"])
        }
        return try await body(port)
    }
}
