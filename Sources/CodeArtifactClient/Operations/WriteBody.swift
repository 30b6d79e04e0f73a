import CodeArtifactModel

/// The JSON body of the three writes; absent members are omitted.
struct WriteBody: Sendable {
    var versions: [String]
    var versionRevisions: [String: String]?
    var expectedStatus: PackageVersionStatus?
    var targetStatus: PackageVersionStatus?

    /// Compact JSON, members sorted by name (as `JSONEncoder`'s `.sortedKeys` gave, also for
    /// the revisions' keys, here by code unit), slashes unescaped; written byte by byte, since
    /// `JSONEncoder` cost more than the rest of building a request.
    func json() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(64 + versions.reduce(0) { $0 + $1.utf8.count + 3 } * (versionRevisions == nil ? 1 : 3))
        var first = true
        func member(_ name: String) {
            out.append(first ? UInt8(ascii: "{") : UInt8(ascii: ","))
            first = false
            Self.string(name, into: &out)
            out.append(UInt8(ascii: ":"))
        }
        if let expectedStatus {
            member("expectedStatus")
            Self.string(expectedStatus.rawValue, into: &out)
        }
        if let targetStatus {
            member("targetStatus")
            Self.string(targetStatus.rawValue, into: &out)
        }
        if let versionRevisions {
            member("versionRevisions")
            out.append(UInt8(ascii: "{"))
            for (index, entry) in versionRevisions.sorted(by: { $0.key < $1.key }).enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                Self.string(entry.key, into: &out)
                out.append(UInt8(ascii: ":"))
                Self.string(entry.value, into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
        member("versions")
        out.append(UInt8(ascii: "["))
        for (index, version) in versions.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            Self.string(version, into: &out)
        }
        out.append(UInt8(ascii: "]"))
        out.append(UInt8(ascii: "}"))
        return out
    }

    /// A JSON string: `"` and `\` escaped, control characters as `\n`-style or `\u00XX`
    /// escapes, everything else (UTF-8 included) as is.
    static func string(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                out.append(UInt8(ascii: "\\"))
                out.append(byte)
            case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x08: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x0C: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case ..<0x20:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0x0F)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
