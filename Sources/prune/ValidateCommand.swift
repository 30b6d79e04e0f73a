import ArgumentParser
import Foundation
import KeepLists
import PruneManifest

/// `prune validate`: static checks of plan files, compiler-style errors, no network.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check plan files without touching the network.",
        discussion: """
            Reports every problem at once, each as FILE:LINE:COLUMN: error: MESSAGE with the \
            offending line and a caret. Warnings do not fail validation.

            Examples:
              prune validate plan.yaml
              prune validate examples/*.yaml
              prune validate --no-color plan.yaml 2> problems.txt

            Exit codes: 0 every plan is valid, 65 at least one is invalid, 64 a file cannot be read.
            """
    )

    @Argument(help: "Plan files to check.")
    var plans: [String]

    @Flag(help: "Never colour the output (NO_COLOR does the same).")
    var noColor = false

    func validate() throws {
        if plans.isEmpty { throw ValidationError("name at least one plan file, for example: prune validate plan.yaml") }
    }

    func run() throws {
        let colored = OutputStyle.useColor(on: .standardError, disabled: noColor)
        var invalid = false
        var unreadable = false
        for path in plans {
            let file: ManifestFile
            do {
                file = try ManifestFile.load(path: path)
            } catch {
                OutputStyle.printError("error: \(error.description)")
                unreadable = true
                continue
            }
            // The keep lists are read too: a lockfile that cannot be read makes the plan invalid.
            let keepLists = file.result.manifest.map { ManifestInput.keepLists($0, path: path) } ?? .empty
            let diagnostics = file.result.diagnostics + keepLists.diagnostics
            let renderer = DiagnosticRenderer(fileName: path, source: file.source, colored: colored)
            OutputStyle.printError(renderer.render(diagnostics), terminator: "")
            let errors = diagnostics.filter { $0.severity == .error }.count
            if let manifest = file.result.manifest, errors == 0 {
                let count = manifest.targets.count
                let files = keepLists.files.count
                let lists = files == 0 ? "" : ", \(files) keep list file\(files == 1 ? "" : "s")"
                print("\(path): valid (\(count) target\(count == 1 ? "" : "s")\(lists))")
            } else {
                invalid = true
                OutputStyle.printError("\(path): invalid (\(errors) error\(errors == 1 ? "" : "s"))")
            }
        }
        if invalid { throw ExitCode(65) }
        if unreadable { throw ExitCode(64) }
    }
}
