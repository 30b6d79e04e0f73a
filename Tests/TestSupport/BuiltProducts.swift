import Foundation

/// Where the package and its built executables are, for tests that run `prune` or
/// `codeartifact-emulator` as a user would. One locator for every test target.
public enum BuiltProducts {
    /// The package root, found from this file's path (Tests/TestSupport/…).
    public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The built executable `name`: beside the test bundle (SwiftPM puts products and the
    /// `.xctest` bundle in the same directory, whatever the configuration or triple), else
    /// the debug build of this package.
    public static func executable(_ name: String) -> URL {
        var directory = Bundle.main.bundleURL
        for _ in 0..<3 {
            let candidate = directory.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let besideRunner = runner.appendingPathComponent(name)
        if FileManager.default.isExecutableFile(atPath: besideRunner.path) { return besideRunner }
        return packageRoot.appendingPathComponent(".build/debug/\(name)")
    }
}
