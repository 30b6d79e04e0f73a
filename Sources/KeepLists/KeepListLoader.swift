import Crypto
import Foundation
import PruneManifest

/// Reads the files a manifest's `keep.listedIn` names. Every way a file can fail to
/// protect what it should (no match, unreadable, unparseable, too large, unknown kind) is
/// an error at the manifest's `listedIn` entry, so the run stops (exit 65) before the network.
public enum KeepListLoader {
    /// Largest keep file read, in bytes (64 MiB).
    public static let maximumSize = 64 * 1024 * 1024

    /// Reads every keep list of `manifest`, relative to `baseDirectory` (the manifest's directory).
    public static func load(_ manifest: Manifest, baseDirectory: String) -> KeepListSet {
        var loader = Loading(baseDirectory: baseDirectory)
        for (index, target) in manifest.targets.enumerated() {
            for reference in target.keep?.listedIn ?? [] {
                let found = loader.load(reference)
                let existing = loader.set.filesByTarget[index] ?? []
                loader.set.filesByTarget[index] = existing + found.filter { !existing.contains($0) }
                let named = found.map { loader.set.files[$0] }
                if !named.isEmpty, !named.contains(where: { $0.entries.contains { $0.format == target.format } }) {
                    let paths = named.map(\.path).joined(separator: ", ")
                    loader.set.diagnostics.append(
                        .warning(
                            "'\(reference.pattern)' (\(paths)) names no \(target.format.rawValue) version, so it protects nothing in target '\(target.name)'",
                            at: reference.location))
                }
            }
        }
        return loader.set
    }

    /// The directory of a manifest path, for `load(_:baseDirectory:)`.
    public static func directory(ofManifest path: String) -> String {
        let directory = (path as NSString).deletingLastPathComponent
        return directory.isEmpty ? "." : directory
    }

    private struct Loading {
        let baseDirectory: String
        var set = KeepListSet()
        var indexByPath: [String: Int] = [:]
        var failedPaths: Set<String> = []

        init(baseDirectory: String) { self.baseDirectory = baseDirectory }

        /// Indices of the files `reference` names (with their includes); errors recorded.
        mutating func load(_ reference: KeepListReference) -> [Int] {
            let paths: [String]
            if KeepListGlob.hasWildcard(reference.pattern) {
                paths = KeepListGlob.expand(reference.pattern, in: baseDirectory)
                if paths.isEmpty {
                    fail(
                        "'\(reference.pattern)' matches no file; a keep list that is missing would protect nothing",
                        reference)
                    return []
                }
            } else {
                paths = [(reference.pattern as NSString).standardizingPath]
            }
            var indices: [Int] = []
            for path in paths { indices += loadFile(path, reference: reference, via: []) }
            return indices
        }

        private mutating func fail(_ message: String, _ reference: KeepListReference) {
            set.diagnostics.append(.error("keep.listedIn: " + message, at: reference.location))
        }

        private func absolute(_ path: String) -> String {
            path.hasPrefix("/") ? path : KeepListGlob.join(baseDirectory, path)
        }

        private mutating func loadFile(
            _ path: String, reference: KeepListReference, via: [String], kind forced: KeepListKind? = nil
        )
            -> [Int]
        {
            if let index = indexByPath[path] { return [index] }
            if failedPaths.contains(path) { return [] }
            let name = (path as NSString).lastPathComponent
            guard let kind = forced ?? KeepListKind(fileName: name) else {
                failedPaths.insert(path)
                fail(
                    "'\(path)' is not a file kind prune recognises (lockfiles such as package-lock.json, requirements.txt, Cargo.lock, gradle.lockfile; SBOMs *.cdx.json, *.spdx.json; *.purls)",
                    reference)
                return []
            }
            let reader = KeepListReaders.reader(for: kind)
            let bytes: [UInt8]
            do {
                bytes = try Self.read(absolute(path))
            } catch {
                failedPaths.insert(path)
                fail("cannot read '\(path)': \(error.message)", reference)
                return []
            }
            let contents: KeepListContents
            do {
                contents = try reader(bytes)
            } catch {
                failedPaths.insert(path)
                let place = error.line.map { "\(path):\($0):\(error.column ?? 1): " } ?? "\(path): "
                fail("'\(path)' is not a valid \(kind.rawValue): \(place)\(error.message)", reference)
                return []
            }
            let digest = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
            let index = set.files.count
            set.files.append(LoadedKeepList(path: path, sha256: digest, kind: kind, entries: contents.entries))
            indexByPath[path] = index
            var indices = [index]
            for include in contents.includes {
                let directory = (path as NSString).deletingLastPathComponent
                let included =
                    include.path.hasPrefix("/")
                    ? include.path
                    : ((directory.isEmpty ? include.path : directory + "/" + include.path) as NSString)
                        .standardizingPath
                if via.contains(included) || included == path { continue }
                indices += loadFile(included, reference: reference, via: via + [path], kind: kind)
            }
            return indices
        }

        private static func read(_ path: String) throws(KeepListError) -> [UInt8] {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw KeepListError("No such file or directory")
            }
            if isDirectory.boolValue { throw KeepListError("it is a directory; name a lockfile or an SBOM") }
            let size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
            if size > maximumSize {
                throw KeepListError(
                    "it is \(size) bytes, more than the \(maximumSize) bytes (64 MiB) a keep list may have")
            }
            guard let handle = FileHandle(forReadingAtPath: path) else { throw KeepListError("Permission denied") }
            defer { try? handle.close() }
            do {
                let data = try handle.read(upToCount: maximumSize + 1) ?? Data()
                if data.count > maximumSize {
                    throw KeepListError("it is more than \(maximumSize) bytes (64 MiB), the most a keep list may have")
                }
                return [UInt8](data)
            } catch let error as KeepListError {
                throw error
            } catch {
                throw KeepListError((error as NSError).localizedDescription)
            }
        }
    }
}
