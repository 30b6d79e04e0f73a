/// The kinds of keep file, told apart by file name (`docs/spec/manifest.md`, "Keep lists from outside").
public enum KeepListKind: String, Sendable, Hashable, CaseIterable {
    case packageLock = "npm package-lock.json"
    case pnpmLock = "pnpm-lock.yaml"
    case yarnLock = "yarn.lock"
    case requirements = "pip requirements"
    case poetryLock = "poetry.lock"
    case uvLock = "uv.lock"
    case pipfileLock = "Pipfile.lock"
    case gradleLockfile = "gradle.lockfile"
    case nugetLock = "NuGet packages.lock.json"
    case gemfileLock = "Gemfile.lock"
    case cargoLock = "Cargo.lock"
    case packageResolved = "Package.resolved"
    case cycloneDX = "CycloneDX JSON"
    case spdx = "SPDX JSON"
    case purlList = "Package URL list"

    /// The kind of a file named `fileName` (the last path component); nil when not recognised.
    public init?(fileName: String) {
        let lower = fileName.lowercased()
        // A purl list wins over `requirements*.txt` (`requirements.purl.txt` is a purl list).
        if lower.hasSuffix(".purls") || lower.hasSuffix(".purl.txt") {
            self = .purlList
        } else if lower.hasSuffix(".cdx.json") || lower == "bom.json" {
            self = .cycloneDX
        } else if lower.hasSuffix(".spdx.json") {
            self = .spdx
        } else if fileName.hasPrefix("requirements") && lower.hasSuffix(".txt") {
            self = .requirements
        } else {
            switch fileName {
            case "package-lock.json", "npm-shrinkwrap.json": self = .packageLock
            case "pnpm-lock.yaml": self = .pnpmLock
            case "yarn.lock": self = .yarnLock
            case "poetry.lock": self = .poetryLock
            case "uv.lock": self = .uvLock
            case "Pipfile.lock": self = .pipfileLock
            case "gradle.lockfile": self = .gradleLockfile
            case "packages.lock.json": self = .nugetLock
            case "Gemfile.lock": self = .gemfileLock
            case "Cargo.lock": self = .cargoLock
            case "Package.resolved": self = .packageResolved
            default: return nil
            }
        }
    }
}
