import Foundation

/// A manifest read from disk: its text (for quoting lines under diagnostics) and the result.
public struct ManifestFile: Sendable {
    /// The path as the user gave it.
    public var path: String
    /// The bytes read (empty when the file was too large to read).
    public var source: SourceText
    /// The manifest and diagnostics.
    public var result: ManifestParseResult

    /// A file that could not be opened.
    public struct ReadError: Error, CustomStringConvertible, Sendable {
        /// The path as given.
        public var path: String
        /// The operating system's reason.
        public var reason: String
        /// `cannot read 'x.yaml': No such file or directory`.
        public var description: String { "cannot read '\(path)': \(reason)" }
    }

    /// Reads and parses `path`. A file over the size limit is refused before it is read.
    public static func load(path: String) throws(ReadError) -> ManifestFile {
        let size: Int
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            if (attributes[.type] as? FileAttributeType) == .typeDirectory {
                throw ReadError(path: path, reason: "it is a directory; name a plan file")
            }
            size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        } catch let error as ReadError {
            throw error
        } catch {
            throw ReadError(path: path, reason: Self.reason(error))
        }
        if size > ManifestParser.maximumSize {
            let diagnostic = Diagnostic.error(
                "the plan is \(size) bytes, more than the \(ManifestParser.maximumSize) bytes (32 MiB) a plan may have; split it into several plans",
                at: .start)
            return ManifestFile(
                path: path, source: SourceText(bytes: []),
                result: ManifestParseResult(manifest: nil, diagnostics: [diagnostic]))
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ReadError(path: path, reason: Self.reason(error))
        }
        let source = SourceText(bytes: [UInt8](data))
        return ManifestFile(path: path, source: source, result: ManifestParser.parse(source))
    }

    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
            let code = POSIXErrorCode(rawValue: Int32(underlying.code))
        {
            return String(cString: strerror(code.rawValue))
        }
        if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileReadNoSuchFileError {
            return "No such file or directory"
        }
        return nsError.localizedDescription
    }
}
