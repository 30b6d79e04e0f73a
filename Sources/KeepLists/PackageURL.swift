import CodeArtifactModel
import PruneManifest

/// A Package URL (`pkg:type/namespace/name@version?qualifiers#subpath`), read per the purl
/// specification: segments percent-decoded, qualifiers and subpath ignored.
struct PackageURL: Sendable, Hashable {
    var type: String
    var namespace: String?
    var name: String
    var version: String?

    /// Parses `text`; nil when it is not a purl.
    init?(_ text: String) {
        var rest = Substring(text.trimmingASCIIWhitespace())
        guard rest.lowercased().hasPrefix("pkg:") else { return nil }
        rest = rest.dropFirst(4).drop { $0 == "/" }
        if let hash = rest.firstIndex(of: "#") { rest = rest[..<hash] }
        if let query = rest.firstIndex(of: "?") { rest = rest[..<query] }
        var version: String?
        // The version follows the last '@' after the last '/' (a literal npm scope '@' comes before one).
        if let at = rest.lastIndex(of: "@"), rest[at...].firstIndex(of: "/") == nil, at != rest.startIndex {
            let before = rest[rest.index(before: at)]
            if before != "/" {
                version = Self.decode(rest[rest.index(after: at)...])
                rest = rest[..<at]
            }
        }
        var segments = rest.split(separator: "/", omittingEmptySubsequences: true).map { Self.decode($0) }
        guard segments.count >= 2, let decodedName = segments.popLast(), !decodedName.isEmpty else { return nil }
        type = segments.removeFirst().lowercased()
        namespace = segments.isEmpty ? nil : segments.joined(separator: "/")
        name = decodedName
        self.version = version.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The CodeArtifact format of a purl type; nil for types CodeArtifact does not host.
    var format: PackageFormat? {
        switch type {
        case "npm": return .npm
        case "pypi": return .pypi
        case "maven": return .maven
        case "nuget": return .nuget
        case "gem": return .ruby
        case "cargo": return .cargo
        case "swift": return .swift
        case "generic": return .generic
        default: return nil
        }
    }

    /// The entry it names, when it has a version and a format CodeArtifact hosts.
    func entry(line: Int) -> KeepListEntry? {
        guard let format, let version else { return nil }
        var namespace = self.namespace
        if format == .npm, let scope = namespace, scope.hasPrefix("@") { namespace = String(scope.dropFirst()) }
        return KeepListEntry(format: format, namespace: namespace, name: name, version: version, line: line)
    }

    static func decode(_ text: Substring) -> String {
        guard text.contains("%") else { return String(text) }
        var bytes: [UInt8] = []
        let utf8 = Array(text.utf8)
        var index = 0
        while index < utf8.count {
            if utf8[index] == UInt8(ascii: "%"), index + 2 < utf8.count,
                let byte = UInt8(String(decoding: utf8[index + 1...index + 2], as: UTF8.self), radix: 16)
            {
                bytes.append(byte)
                index += 3
            } else {
                bytes.append(utf8[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line ends.
    func trimmingASCIIWhitespace() -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }
        let string = Substring(self)
        guard let first = string.firstIndex(where: { !isSpace($0) }),
            let last = string.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return string[first...last]
    }
}
