/// The raw bytes of a source file with a line index, for turning byte offsets into
/// locations and for quoting lines under diagnostics.
public struct SourceText: Sendable {
    /// The file's bytes, as read (possibly invalid UTF-8).
    public let bytes: [UInt8]
    /// Byte offset at which each line starts; line N (1-based) starts at `lineStarts[N - 1]`.
    private let lineStarts: [Int]

    /// Indexes `bytes` by line; `\n`, `\r\n` and a lone `\r` end lines, as in YAML.
    public init(bytes: [UInt8]) {
        self.bytes = bytes
        // Through a buffer pointer: the loop runs once per byte of a 10 MB plan, and the
        // indices are in bounds by the loop condition.
        lineStarts = bytes.withUnsafeBufferPointer { bytes in
            var starts = [0]
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\n") {
                    starts.append(index + 1)
                } else if byte == UInt8(ascii: "\r") {
                    if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
                    starts.append(index + 1)
                }
                index += 1
            }
            return starts
        }
    }

    /// The UTF-8 byte-order mark; at the start of a file it is no column of line 1.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Number of lines (a trailing newline does not start a counted line of its own).
    public var lineCount: Int { lineStarts.count }

    /// The location of a byte offset: its line, and its column in Unicode scalars (a byte-order
    /// mark at the start of the file is no column).
    public func location(ofByteOffset offset: Int) -> SourceLocation {
        let clamped = max(0, min(offset, bytes.count))
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= clamped { low = middle } else { high = middle - 1 }
        }
        var column = 1
        var index = lineStarts[low]
        if low == 0, bytes.starts(with: Self.byteOrderMark) { index = min(clamped, Self.byteOrderMark.count) }
        while index < clamped {
            // Count lead bytes only, so a multi-byte scalar is one column.
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return SourceLocation(line: low + 1, column: column)
    }

    /// The bytes of a 1-based line without its line break; empty past the end.
    public func lineBytes(_ line: Int) -> ArraySlice<UInt8> {
        guard line >= 1, line <= lineStarts.count else { return [] }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        while end > start, bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") {
            end -= 1
        }
        return bytes[start..<end]
    }
}
