import Foundation

extension Inventory {
    /// Reads an inventory from JSON, validating it; problems are ``InventoryError``s naming the
    /// JSON path of the value.
    public init(jsonData data: Data) throws(InventoryError) {
        let fast = data.withUnsafeBytes { InventoryFastReader.read($0.bindMemory(to: UInt8.self)) }
        if let fast {
            self = fast
            return
        }
        try self.init(checking: data)
    }

    /// The full path: slow, but it says what is wrong and where. The fast reader leaves every
    /// document it does not accept to it, so each error message has one source.
    private init(checking data: Data) throws(InventoryError) {
        // Strict syntax first: located errors, and no trailing commas.
        if let failure = JSONSyntax.check(data) {
            throw InventoryError(code: .invalidJSON, path: "", message: "invalid JSON at \(failure)")
        }
        do {
            self = try JSONDecoder().decode(Inventory.self, from: data)
        } catch let error as InventoryError {
            throw error
        } catch let error as DecodingError {
            let translated = InventoryError(decodingError: error)
            throw translated.code == .invalidJSON ? InventoryError.syntax(in: data) ?? translated : translated
        } catch {
            throw InventoryError(code: .invalidJSON, path: "", message: "invalid JSON: \(error)")
        }
    }

    /// Reads an inventory file.
    public init(contentsOf url: URL) throws(InventoryError) {
        // A regular file is mapped and read by the fast reader, its pages given back as it goes.
        if url.isFileURL, let file = MappedFile(path: url.path) {
            if let fast = InventoryFastReader.read(file.bytes, progress: file.release(upTo:)) {
                self = fast
                return
            }
            // An invalid file: a copy for the full path, which only needs to explain it.
            try self.init(checking: Data(file.bytes))
            return
        }
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .mappedIfSafe)
        } catch {
            throw InventoryError(
                code: .unreadable, path: "", message: "cannot read \(url.path): \(error.localizedDescription)")
        }
        try self.init(jsonData: data)
    }

    /// The canonical JSON text: sorted keys, sorted arrays (see ``sorted()``), two-space
    /// indentation when `prettyPrinted`, and a final newline.
    public func jsonData(prettyPrinted: Bool = true) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            prettyPrinted
            ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            : [
                .sortedKeys, .withoutEscapingSlashes,
            ]
        // Every value is a string, an integer, an array or an object of them: encoding cannot fail.
        var data = try! encoder.encode(sorted())
        data.append(UInt8(ascii: "\n"))
        return data
    }

    /// Writes ``jsonData(prettyPrinted:)`` to `url` atomically (a temporary file, then a rename).
    public func write(to url: URL, prettyPrinted: Bool = true) throws {
        try jsonData(prettyPrinted: prettyPrinted).write(to: url, options: .atomic)
    }
}
