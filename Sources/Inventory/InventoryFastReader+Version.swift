import ByteJSON
import CodeArtifactModel
import Foundation

extension InventoryFastReader {
    /// One version, validated as `Inventory.Version.init(from:)` does; nil when anything is off.
    static func version(_ cursor: inout JSONCursor) -> Inventory.Version? {
        var version: String?
        var status: PackageVersionStatus?
        var revision: String?
        var revisionSeen = false
        var publishedTime: Date?
        var publishedTimeSeen = false
        var origin: PackageVersionOriginType?
        var assets: [Inventory.Asset]?
        var assetsSeen = false
        let read = cursor.object { cursor, key in
            // The keys most inventories have, most frequent first; all seven are checked.
            if cursor.equals(key, "version") {
                guard version == nil, let value = checkedText(&cursor, NameRules.isPackageName)
                else { return false }
                version = value
            } else if cursor.equals(key, "status") {
                guard status == nil, let value = statusValue(&cursor), value != .deleted else { return false }
                status = value
            } else if cursor.equals(key, "origin") {
                guard origin == nil, let value = originValue(&cursor) else { return false }
                origin = value
            } else if cursor.equals(key, "revision") {
                guard !revisionSeen else { return false }
                revisionSeen = true
                if cursor.null() { return true }
                guard let value = checkedText(&cursor, NameRules.isRevision) else { return false }
                revision = value
            } else if cursor.equals(key, "publishedTime") {
                guard !publishedTimeSeen else { return false }
                publishedTimeSeen = true
                if cursor.null() { return true }
                guard let token = cursor.string() else { return false }
                let date =
                    token.escaped
                    ? InventoryTimestamp.parse(cursor.text(token))
                    : InventoryTimestamp.parse(utf8: UnsafeBufferPointer(rebasing: cursor.bytes[token.range]))
                guard let date else { return false }
                publishedTime = date
            } else if cursor.equals(key, "assets") {
                guard !assetsSeen else { return false }
                assetsSeen = true
                if cursor.null() { return true }
                var list: [Inventory.Asset] = []
                guard
                    cursor.array({ cursor in
                        guard let asset = asset(&cursor) else { return false }
                        list.append(asset)
                        return true
                    })
                else { return false }
                assets = list
            } else {
                return cursor.skipValue()
            }
            return true
        }
        guard read, let version, let status, let origin else { return nil }
        return Inventory.Version(
            version: version, status: status, revision: revision, publishedTime: publishedTime, origin: origin,
            assets: assets)
    }

    /// A string value that `rule` accepts, checked on its bytes before a `String` is made
    /// (escaped strings, rare, are checked as text by the same rule).
    private static func checkedText(
        _ cursor: inout JSONCursor, _ rule: (UnsafeBufferPointer<UInt8>) -> Bool
    ) -> String? {
        guard let token = cursor.string() else { return nil }
        if token.escaped {
            var text = cursor.text(token)
            return text.withUTF8(rule) ? text : nil
        }
        let slice = UnsafeBufferPointer(rebasing: cursor.bytes[token.range])
        return rule(slice) ? String(decoding: slice, as: UTF8.self) : nil
    }

    /// A status by its bytes (no `String` per version); escaped text goes through the raw value.
    private static func statusValue(_ cursor: inout JSONCursor) -> PackageVersionStatus? {
        guard let token = cursor.string() else { return nil }
        if token.escaped { return PackageVersionStatus(rawValue: cursor.text(token)) }
        let range = token.range
        // The raw values of `PackageVersionStatus`, in the order they are common (tests pin each one).
        if cursor.equals(range, "Published") { return .published }
        if cursor.equals(range, "Unlisted") { return .unlisted }
        if cursor.equals(range, "Archived") { return .archived }
        if cursor.equals(range, "Unfinished") { return .unfinished }
        if cursor.equals(range, "Disposed") { return .disposed }
        if cursor.equals(range, "Deleted") { return .deleted }
        return nil
    }

    /// An origin by its bytes, as ``statusValue(_:)``.
    private static func originValue(_ cursor: inout JSONCursor) -> PackageVersionOriginType? {
        guard let token = cursor.string() else { return nil }
        if token.escaped { return PackageVersionOriginType(rawValue: cursor.text(token)) }
        if cursor.equals(token.range, "INTERNAL") { return .internal }
        if cursor.equals(token.range, "EXTERNAL") { return .external }
        if cursor.equals(token.range, "UNKNOWN") { return .unknown }
        return nil
    }

    /// One asset: a name of 1 to 255 characters and a size of 0 bytes or more.
    private static func asset(_ cursor: inout JSONCursor) -> Inventory.Asset? {
        var name: String?
        var size: Int64?
        let read = cursor.object { cursor, key in
            if cursor.equals(key, "name") {
                guard name == nil, let value = cursor.stringValue() else { return false }
                name = value
            } else if cursor.equals(key, "size") {
                guard size == nil, let value = cursor.integer() else { return false }
                size = value
            } else {
                return cursor.skipValue()
            }
            return true
        }
        guard read, let name, !name.isEmpty, name.unicodeScalars.count <= 255, let size, size >= 0 else { return nil }
        return Inventory.Asset(name: name, size: size)
    }
}
