import CodeArtifactModel
import Foundation
import Logging
import TestSupport

@testable import CodeArtifactClient

/// Shared test values.
enum Fixtures {
    static let repository = RepositoryCoordinates(domain: "acme", domainOwner: "111122223333", repository: "npm-store")
    static let package = PackageCoordinates(in: repository, format: .npm, namespace: "acme", package: "ui-kit")
    static let mavenPackage = PackageCoordinates(
        domain: "acme", domainOwner: "111122223333", repository: "maven-store", format: .maven,
        namespace: "com.example", package: "core")

    /// Static keys in the environment, instance metadata off, no home directory.
    static let environment: [String: String] = [
        "AWS_ACCESS_KEY_ID": "AKIDEXAMPLE",
        "AWS_SECRET_ACCESS_KEY": "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        "AWS_EC2_METADATA_DISABLED": "true",
        "HOME": "/home/tester",
    ]

    static func quietLogger() -> Logger {
        var logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
        logger.logLevel = .critical
        return logger
    }

    /// A test clock whose sleeps return at once, moving it (and its dates) forward: the
    /// client's backoff never really waits. Dates start at `date` (default 2026-11-29T02:00:00Z).
    static func clock(_ date: Date = Date(timeIntervalSince1970: 1_795_917_600)) -> TestClock {
        TestClock(startDate: date, advancesOnSleep: true)
    }

    /// A session on `transport` with a test clock (``clock(_:)``) and fixed jitter; files are
    /// read from `files` and written to memory.
    static func session(
        transport: any HTTPTransport, variables: [String: String] = environment, files: [String: String] = [:],
        options: ClientOptions = ClientOptions(region: "us-east-1", endpointURL: "https://codeartifact.test"),
        clock: TestClock = clock(), random: Double = 0.5, logger: Logger = quietLogger(),
        processes: any ProcessRunning = StubProcessRunner { _ in ProcessResult(status: 127, standardOutput: []) },
        fileWriter: any FileWriting = MemoryFileWriter()
    ) throws -> AWSSession {
        try AWSSession(
            options: options,
            environment: AWSEnvironment(
                variables: variables, files: MemoryFiles(files: files), processes: processes, fileWriter: fileWriter),
            logger: logger, transport: transport, clock: clock, dates: clock.dates, random: FixedRandom(value: random))
    }

    /// The decoded JSON object of a body.
    static func json(_ bytes: [UInt8]) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any] ?? [:]
    }
}
