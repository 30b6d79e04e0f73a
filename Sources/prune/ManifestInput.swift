import ArgumentParser
import Crypto
import Foundation
import PruneEngine
import PruneManifest

/// Loads a manifest for `plan`/`apply`: prints its diagnostics like `validate` does and
/// exits 65 when it is invalid, before anything touches the network.
enum ManifestInput {
    static func load(_ path: String, colored: Bool) throws -> (Manifest, ManifestReference) {
        let file: ManifestFile
        do {
            file = try ManifestFile.load(path: path)
        } catch {
            OutputStyle.printError("error: \(error.description)")
            throw PruneExit.usage
        }
        let renderer = DiagnosticRenderer(fileName: path, source: file.source, colored: colored)
        OutputStyle.printError(renderer.render(file.result.diagnostics), terminator: "")
        guard let manifest = file.result.manifest else {
            let errors = file.result.diagnostics.filter { $0.severity == .error }.count
            OutputStyle.printError("\(path): invalid (\(errors) error\(errors == 1 ? "" : "s")); nothing was planned")
            throw PruneExit.invalidInput
        }
        let digest = SHA256.hash(data: file.source.bytes).map { String(format: "%02x", $0) }.joined()
        return (manifest, ManifestReference(path: path, sha256: digest))
    }
}
