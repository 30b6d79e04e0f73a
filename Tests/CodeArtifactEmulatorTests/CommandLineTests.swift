import AsyncHTTPClient
import Foundation
import TestSupport
import Testing

/// The `codeartifact-emulator` executable, built with the tests.
@Suite struct CommandLineTests {
    static func executable() throws -> URL { BuiltProducts.executable("codeartifact-emulator") }

    static func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self)
        )
    }

    @Test func helpHasExamplesAndTheSyntaxes() throws {
        let help = try Self.run(["--help"])
        #expect(help.status == 0)
        #expect(
            help.stdout.contains("Examples:") && help.stdout.contains("--generate packages=2000,versions=50,seed=1"))
        #expect(help.stdout.contains("latency:D[+J]") && help.stdout.contains("NAME=RATE[/BURST]"))
        #expect(help.stdout.contains("gateway:P"))
        #expect(help.stdout.contains("AKIDEMULATOR"))
    }

    @Test func usageErrors() throws {
        #expect(try Self.run([]).status == 64)
        #expect(try Self.run(["--generate", "packages=1,versions=1", "--quota", "writes=fast"]).status == 64)
        #expect(try Self.run(["--generate", "packages=1,versions=1", "--faults", "drop:7"]).status == 64)
        let missing = try Self.run(["--inventory", "/nonexistent/inventory.json"])
        #expect(missing.status == 65 && missing.stderr.contains("/nonexistent/inventory.json"))
    }

    @Test func printsThePortFirstAndServes() async throws {
        let process = Process()
        process.executableURL = try Self.executable()
        process.arguments = ["--generate", "packages=50,versions=5,seed=3", "--port", "0"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            process.terminate()
            process.waitUntilExit()
        }
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let port = try #require(Int(text))
        #expect(port > 0)
        let (data, _) = try await URLSessionless.get("http://127.0.0.1:\(port)/_emulator/state")
        #expect(String(decoding: data, as: UTF8.self).contains("\"inventoryVersion\" : 1"))
    }
}

/// GET without URLSession (FoundationNetworking is not needed elsewhere).
enum URLSessionless {
    static func get(_ url: String) async throws -> (Data, Int) {
        let response = try await HTTPClient.shared.execute(HTTPClientRequest(url: url), timeout: .seconds(10))
        let body = try await response.body.collect(upTo: 64 << 20)
        return (Data(buffer: body), Int(response.status.code))
    }
}
