/// The reader for each kind of keep file: bytes in, entries out (no file system access).
public enum KeepListReaders {
    /// Reads bytes of one kind of file.
    public typealias Reader = @Sendable ([UInt8]) throws(KeepListError) -> KeepListContents

    /// The reader for `kind`.
    public static func reader(for kind: KeepListKind) -> Reader {
        switch kind {
        case .packageLock: return PackageLockReader.read
        case .requirements: return RequirementsReader.read
        case .cargoLock: return CargoLockReader.read
        case .gradleLockfile: return GradleLockfileReader.read
        case .cycloneDX: return CycloneDXReader.read
        case .spdx: return SPDXReader.read
        case .purlList: return PurlListReader.read
        case .poetryLock: return PoetryLockReader.read
        case .uvLock: return UVLockReader.read
        case .pipfileLock: return PipfileLockReader.read
        case .nugetLock: return NuGetLockReader.read
        case .packageResolved: return PackageResolvedReader.read
        case .gemfileLock: return GemfileLockReader.read
        case .pnpmLock: return PnpmLockReader.read
        case .yarnLock: return YarnLockReader.read
        }
    }
}
