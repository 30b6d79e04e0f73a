// Placeholder until the emulator lands (issue 4).
import Foundation

FileHandle.standardError.write(Data("codeartifact-emulator: not built yet (see the README's status)\n".utf8))
exit(64)
