/// moto could not be started (is `moto[server]` installed? `.ci/run` installs it).
enum MotoError: Error, CustomStringConvertible {
    case didNotStart(line: String?, stderr: String)

    var description: String {
        switch self {
        case .didNotStart(let line, let stderr):
            return "moto server did not start (first line: \(line ?? "none")); stderr: \(stderr)"
        }
    }
}
