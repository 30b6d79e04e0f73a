import CodeArtifactModel
import Foundation
import KeepLists
import PruneManifest
import Testing

/// A keep list that cannot be read must never silently protect nothing: every failure is
/// an error at the manifest's `listedIn` entry (so every command exits 65 before the network).
@Suite("keep.listedIn: failures are errors")
struct KeepListSafetyTests {
    typealias World = KeepListWorld

    func errors(_ world: World, listedIn: String, format: PackageFormat = .npm) throws -> [Diagnostic] {
        let (_, set) = try world.load(World.manifest(format: format, listedIn: listedIn))
        return set.diagnostics.filter { $0.severity == .error }
    }

    @Test func aGlobThatMatchesNothingIsAnError() throws {
        let world = try World()
        let found = try errors(world, listedIn: "\"deploy/*.lock\"")
        #expect(found.count == 1)
        #expect(found.first?.message.contains("'deploy/*.lock' matches no file") == true)
        // Located at the listedIn value in the manifest (line 9, after `listedIn: `).
        #expect(found.first?.location == SourceLocation(line: 9, column: 17))
    }

    @Test func aMissingFileIsAnError() throws {
        let world = try World()
        let found = try errors(world, listedIn: "package-lock.json")
        #expect(found.map(\.message) == ["keep.listedIn: cannot read 'package-lock.json': No such file or directory"])
    }

    @Test func aDirectoryIsUnreadable() throws {
        let world = try World()
        try FileManager.default.createDirectory(
            at: world.directory.appendingPathComponent("Cargo.lock"), withIntermediateDirectories: true)
        let found = try errors(world, listedIn: "Cargo.lock", format: .cargo)
        #expect(found.first?.message.contains("it is a directory") == true)
    }

    @Test func anUnparseableFileIsAnErrorWithTheFilesLineAndColumn() throws {
        let world = try World()
        try world.write("package-lock.json", "{\n  \"lockfileVersion\": 3,\n  \"packages\": {\n    \"x\" 1\n")
        let found = try errors(world, listedIn: "package-lock.json")
        #expect(
            found.map(\.message) == [
                "keep.listedIn: 'package-lock.json' is not a valid npm package-lock.json: package-lock.json:4:9: expected ':'"
            ])
    }

    @Test func aFileOver64MiBIsAnError() throws {
        let world = try World()
        let path = world.directory.appendingPathComponent("Cargo.lock").path
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(KeepListLoader.maximumSize + 1))
        try handle.close()
        let found = try errors(world, listedIn: "Cargo.lock", format: .cargo)
        #expect(found.first?.message.contains("more than the 67108864 bytes (64 MiB)") == true)
    }

    @Test func aFileKindNotRecognisedIsAnError() throws {
        let world = try World()
        try world.write("deploy/versions.csv", "ui-kit,1.2.3\n")
        let found = try errors(world, listedIn: "\"deploy/*\"")
        #expect(found.first?.message.contains("'deploy/versions.csv' is not a file kind prune recognises") == true)
    }

    @Test func aFileThatNamesNoVersionOfTheTargetsFormatIsAWarning() throws {
        let world = try World()
        try world.write("deployed.purls", "pkg:pypi/django@4.2.1\n")
        let (_, set) = try world.load(World.manifest(format: .npm, listedIn: "deployed.purls"))
        #expect(!set.diagnostics.containsErrors)
        #expect(
            set.diagnostics.map(\.message) == [
                "'deployed.purls' (deployed.purls) names no npm version, so it protects nothing in target 't'"
            ])
    }

    @Test func aPurlListLineThatIsNotAPurlIsAnError() throws {
        let world = try World()
        try world.write("deployed.purls", "# ok\nui-kit@1.2.3\n")
        let found = try errors(world, listedIn: "deployed.purls")
        #expect(
            found.first?.message.hasSuffix(
                "deployed.purls:2:1: expected a Package URL (pkg:TYPE/NAMESPACE/NAME@VERSION)") == true)
    }
}
