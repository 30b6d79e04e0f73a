import ByteJSON
import Foundation

/// A strict RFC 8259 syntax check that says where the first error is (line and column).
///
/// Foundation's decoders on Linux report "not valid JSON" without a place, and accept
/// trailing commas; prune's documents (inventories, saved plans, reports) are checked with
/// this first, so every syntax error points at its line and column.
public enum JSONSyntax {
    /// The first syntax error.
    public struct Failure: Error, Sendable, Hashable, CustomStringConvertible {
        /// 1-based line.
        public var line: Int
        /// 1-based column, in bytes.
        public var column: Int
        /// What is wrong.
        public var message: String

        /// `line 3, column 7: expected ',' or '}'`.
        public var description: String { "line \(line), column \(column): \(message)" }
    }

    /// Deepest nesting accepted.
    public static let maximumDepth = 512

    /// Checks `data`; nil when it is one valid JSON value (surrounded by whitespace).
    public static func check(_ data: Data) -> Failure? {
        data.withUnsafeBytes { raw in
            var scanner = Scanner(bytes: raw.bindMemory(to: UInt8.self))
            return scanner.document()
        }
    }

    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func document() -> Failure? {
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
            if bytes.count >= 2, (bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes[0] == 0xFF && bytes[1] == 0xFE) {
                return failure("the file is UTF-16; save it as UTF-8")
            }
            skipWhitespace()
            if index == bytes.count { return failure("the file is empty; expected a JSON object") }
            if let error = value(depth: 0) { return error }
            skipWhitespace()
            if index < bytes.count {
                return failure("unexpected \(describe(bytes[index])) after the end of the JSON value")
            }
            return nil
        }

        mutating func value(depth: Int) -> Failure? {
            guard depth < maximumDepth else { return failure("nesting deeper than \(maximumDepth) levels") }
            guard index < bytes.count else { return failure("unexpected end of file; expected a value") }
            switch bytes[index] {
            case UInt8(ascii: "{"): return container(isObject: true, depth: depth)
            case UInt8(ascii: "["): return container(isObject: false, depth: depth)
            case UInt8(ascii: "\""): return string()
            case UInt8(ascii: "t"): return literal("true")
            case UInt8(ascii: "f"): return literal("false")
            case UInt8(ascii: "n"): return literal("null")
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return number()
            default: return failure("unexpected \(describe(bytes[index])); expected a value")
            }
        }

        /// An object or an array: the same comma-separated walk, objects with a key before each value.
        mutating func container(isObject: Bool, depth: Int) -> Failure? {
            let close = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
            let kind = isObject ? "an object" : "an array"
            index += 1
            skipWhitespace()
            if peek(close) {
                index += 1
                return nil
            }
            while true {
                skipWhitespace()
                if isObject {
                    guard peek(UInt8(ascii: "\"")) else {
                        return failure(
                            index < bytes.count
                                ? "expected a key in double quotes" : "unexpected end of file inside \(kind)")
                    }
                    if let error = string() { return error }
                    skipWhitespace()
                    guard peek(UInt8(ascii: ":")) else { return failure("expected ':' after the key") }
                    index += 1
                    skipWhitespace()
                }
                if let error = value(depth: depth + 1) { return error }
                skipWhitespace()
                if peek(UInt8(ascii: ",")) {
                    index += 1
                    skipWhitespace()
                    if peek(close) { return failure("trailing comma before \(describe(close))") }
                    continue
                }
                if peek(close) {
                    index += 1
                    return nil
                }
                return failure(
                    index < bytes.count ? "expected ',' or \(describe(close))" : "unexpected end of file inside \(kind)"
                )
            }
        }

        mutating func string() -> Failure? {
            index += 1
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\""):
                    index += 1
                    return nil
                case UInt8(ascii: "\\"):
                    index += 1
                    guard index < bytes.count else { break }
                    switch bytes[index] {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
                        UInt8(ascii: "f"),
                        UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                        index += 1
                    case UInt8(ascii: "u"):
                        for offset in 1...4 {
                            guard index + offset < bytes.count, isHex(bytes[index + offset]) else {
                                index += offset
                                return failure("invalid \\u escape: four hex digits expected")
                            }
                        }
                        index += 5
                    default:
                        return failure("invalid escape \\\(describe(bytes[index]))")
                    }
                case 0x00..<0x20:
                    return failure("control character \(describe(byte)) inside a string; escape it")
                case 0x80...0xFF:
                    guard let length = utf8Length(at: index) else { return failure("invalid UTF-8 in a string") }
                    index += length
                default:
                    index += 1
                }
            }
            return failure("unexpected end of file inside a string")
        }

        mutating func number() -> Failure? {
            if peek(UInt8(ascii: "-")) { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else { return failure("a digit must follow '-'") }
            if bytes[index] == UInt8(ascii: "0") {
                index += 1
                if index < bytes.count, isDigit(bytes[index]) { return failure("numbers have no leading zeros") }
            } else {
                while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            }
            if peek(UInt8(ascii: ".")) {
                index += 1
                guard index < bytes.count, isDigit(bytes[index]) else { return failure("a digit must follow '.'") }
                while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            }
            if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
                index += 1
                if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { index += 1 }
                guard index < bytes.count, isDigit(bytes[index]) else {
                    return failure("a digit must follow the exponent")
                }
                while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            }
            return nil
        }

        mutating func literal(_ word: String) -> Failure? {
            for expected in word.utf8 {
                guard index < bytes.count, bytes[index] == expected else {
                    return failure("invalid literal; expected '\(word)'")
                }
                index += 1
            }
            return nil
        }

        mutating func skipWhitespace() {
            while index < bytes.count,
                bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09
            {
                index += 1
            }
        }

        func peek(_ byte: UInt8) -> Bool { index < bytes.count && bytes[index] == byte }
        func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        func isHex(_ byte: UInt8) -> Bool {
            isDigit(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
                || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
        }

        /// Length of a valid multi-byte UTF-8 sequence at `start`, else nil.
        func utf8Length(at start: Int) -> Int? { UTF8Check.sequenceLength(bytes, at: start) }

        func describe(_ byte: UInt8) -> String {
            (0x21..<0x7F).contains(byte) ? "'\(Character(Unicode.Scalar(byte)))'" : String(format: "byte 0x%02X", byte)
        }

        /// A failure at the current index, with its line and column.
        func failure(_ message: String) -> Failure {
            var line = 1
            var lineStart = 0
            for position in 0..<min(index, bytes.count) where bytes[position] == 0x0A {
                line += 1
                lineStart = position + 1
            }
            return Failure(line: line, column: index - lineStart + 1, message: message)
        }
    }
}
