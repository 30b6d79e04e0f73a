import ArgumentParser
import Crypto
import Foundation
import KeepLists
import PruneEngine
import PruneManifest

/// Loads a manifest for `plan`/`apply`: prints its diagnostics like `validate` does and
/// exits 65 when it is invalid, before anything touches the network. The files its
/// `keep.listedIn` names are read here too: one that cannot be read is invalid input.
enum ManifestInput {
    static func load(_ path: String, colored: Bool) throws -> (Manifest, ManifestReference, KeepListSet) {
        let file: ManifestFile
        do {
            file = try ManifestFile.load(path: path)
        } catch {
            OutputStyle.printError("error: \(error.description)")
            throw PruneExit.usage
        }
        let keepLists = file.result.manifest.map { Self.keepLists($0, path: path) } ?? .empty
        let diagnostics = file.result.diagnostics + keepLists.diagnostics
        let renderer = DiagnosticRenderer(fileName: path, source: file.source, colored: colored)
        OutputStyle.printError(renderer.render(diagnostics), terminator: "")
        guard let manifest = file.result.manifest, !keepLists.diagnostics.containsErrors else {
            let errors = diagnostics.filter { $0.severity == .error }.count
            OutputStyle.printError("\(path): invalid (\(errors) error\(errors == 1 ? "" : "s")); nothing was planned")
            throw PruneExit.invalidInput
        }
        let digest = SHA256.hash(data: file.source.bytes).map { String(format: "%02x", $0) }.joined()
        return (manifest, ManifestReference(path: path, sha256: digest), keepLists)
    }

    /// Reads the manifest's `keep.listedIn` files, relative to its directory.
    static func keepLists(_ manifest: Manifest, path: String) -> KeepListSet {
        KeepListLoader.load(manifest, baseDirectory: KeepListLoader.directory(ofManifest: path))
    }
}
