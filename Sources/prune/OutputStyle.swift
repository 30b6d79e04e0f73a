import Foundation

/// Where output goes and whether it is coloured: colour only on a terminal, never with
/// `NO_COLOR` or `--no-color`, so CI logs carry no control characters.
enum OutputStyle {
    static func useColor(on handle: FileHandle, disabled: Bool) -> Bool {
        if disabled { return false }
        if let noColor = ProcessInfo.processInfo.environment["NO_COLOR"], !noColor.isEmpty { return false }
        return isatty(handle.fileDescriptor) == 1
    }

    static func printError(_ text: String, terminator: String = "\n") {
        FileHandle.standardError.write(Data((text + terminator).utf8))
    }
}
