import ByteJSON
import Foundation
import Testing

/// The cursor is the fast path of two readers whose full paths are Foundation's: whatever it
/// accepts must be valid JSON read as Foundation reads it, and it may only decline the rest.
@Suite struct JSONCursorTests {
    /// Runs `body` on a cursor over the UTF-8 of `text`.
    private func reading<Result>(_ text: String, _ body: (inout JSONCursor) -> Result) -> Result {
        var text = text
        return text.withUTF8 { bytes in
            var cursor = JSONCursor(bytes: bytes)
            return body(&cursor)
        }
    }

    /// Whether the cursor reads `text` as one whole value.
    private func accepts(_ text: String) -> Bool {
        reading(text) { cursor in
            cursor.skipWhitespace()
            return cursor.skipValue() && cursor.finished()
        }
    }

    private func foundationAccepts(_ text: String) -> Bool {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])) != nil
    }

    @Test(arguments: [
        #"{}"#, #"[]"#, #""""#, "0", "-0", "42", "-1.5e+3", "0.25E-2", "true", "false", "null",
        " \t\r\n {\"a\" : [1, {\"b\": null}, \"c\"], \"d\": {}}  \n",
        #"{"a": "\"\\\/\b\f\n\r\t\u0041\u00e9\ud83d\ude00"}"#,
        "\"versión-ünïcödé-🚀-0123456789\"",
        #"{"a": 1, "a": 2}"#,
        "[\(String(repeating: " ", count: 40))1\(String(repeating: " ", count: 17))]",
    ])
    func acceptsValidJSON(_ text: String) {
        #expect(accepts(text))
        #expect(foundationAccepts(text))
    }

    /// What RFC 8259 refuses, and valid JSON the cursor leaves to the full path.
    @Test(arguments: [
        "", " ", "{", "[1,]", #"{"a":1,}"#, #"{"a" 1}"#, #"{a:1}"#, "[1 2]", "01", "-", "1.", ".5", "1e", "+1",
        "tru", "nul", "[] x", "\"a", "\"\u{01}\"", #""\x""#, #""\u12""#, #""\u12G4""#,
        #""\ud83d""#, #""\ude00""#, #""\ud83d\u0041""#, "'a'", "NaN",
        // Valid, declined: an escaped key, nesting deeper than the cursor follows.
        #"{"\u0061": 1}"#,
        String(repeating: "[", count: JSONCursor.maximumSkipDepth + 1)
            + String(repeating: "]", count: JSONCursor.maximumSkipDepth + 1),
    ])
    func declinesWhatItDoesNotReadExactly(_ text: String) {
        #expect(!accepts(text))
    }

    @Test func nestingUpToTheLimitIsRead() {
        let depth = JSONCursor.maximumSkipDepth
        #expect(accepts(String(repeating: "[", count: depth) + String(repeating: "]", count: depth)))
    }

    /// Invalid UTF-8 cannot be written as a Swift string: bytes straight.
    @Test(
        arguments: [
            [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80],
            [0x80], [0xC3], [0xE2, 0x82], [0xFF],
        ] as [[UInt8]])
    func declinesInvalidUTF8(_ sequence: [UInt8]) {
        for padding in 0..<9 {
            let bytes = [0x22] + Array(repeating: UInt8(ascii: "a"), count: padding) + sequence + [0x22]
            let read = bytes.withUnsafeBufferPointer { bytes in
                var cursor = JSONCursor(bytes: bytes)
                return cursor.string() != nil
            }
            #expect(!read, "\(sequence) after \(padding) bytes")
        }
    }

    /// Strings of every length around the eight-byte scan, with each kind of byte that ends a
    /// plain run at every place: the text is Foundation's.
    @Test func stringsReadAsFoundationReadsThem() throws {
        for special in [#"\""#, #"\\"#, #"\n"#, #"\u00e9"#, "é", "🚀", "\u{7F}"] {
            for length in 0..<18 {
                for place in 0...length {
                    var plain = String(repeating: "x", count: length)
                    plain.insert(contentsOf: special, at: plain.index(plain.startIndex, offsetBy: place))
                    let json = "\"\(plain)\""
                    let expected = try JSONDecoder().decode(String.self, from: Data(json.utf8))
                    #expect(reading(json) { $0.stringValue() } == expected, "\(json)")
                }
            }
        }
    }

    @Test func tokensSayWhetherTheyHoldEscapes() {
        reading(#""plain" "esc\/aped""#) { cursor in
            let plain = cursor.string()
            cursor.skipWhitespace()
            let escaped = cursor.string()
            #expect(plain.map { cursor.equals($0.range, "plain") && !$0.escaped } == true)
            #expect(escaped.map { $0.escaped && cursor.text($0) == "esc/aped" } == true)
        }
    }

    @Test(
        arguments: [
            ("0", 0), ("-0", 0), ("42", 42), ("9223372036854775807", Int64.max), ("-9223372036854775807", -Int64.max),
        ] as [(String, Int64)])
    func integersInRange(_ text: String, _ value: Int64) {
        #expect(reading(text) { $0.integer() } == value)
    }

    @Test(arguments: ["9223372036854775808", "1.0", "1e3", "01", "-", "", "x"])
    func integersDeclined(_ text: String) {
        #expect(reading(text) { $0.integer() } == nil)
    }

    @Test func objectsAndArraysHandOverEachMember() {
        var seen: [String] = []
        let read = reading(#" {"a": [1, 2], "b": {"c": null}, "d": "e"} "#) { cursor in
            cursor.object { cursor, key in
                seen.append(String(decoding: UnsafeBufferPointer(rebasing: cursor.bytes[key]), as: UTF8.self))
                if cursor.equals(key, "a") {
                    var sum: Int64 = 0
                    return cursor.array { cursor in
                        guard let value = cursor.integer() else { return false }
                        sum += value
                        return true
                    } && sum == 3
                }
                return cursor.skipValue()
            } && cursor.finished()
        }
        #expect(read)
        #expect(seen == ["a", "b", "d"])
    }

    @Test func uniqueKeyObjectsDeclineRepeatsAndNonASCIIKeys() {
        func read(_ text: String) -> Bool {
            reading(text) { cursor in cursor.uniqueKeyObject { cursor, _ in cursor.skipValue() } && cursor.finished() }
        }
        #expect(read(#"{"a": 1, "b": {"c": 1, "c": 2}, "ab": 2}"#))
        #expect(!read(#"{"a": 1, "b": 2, "a": 3}"#))
        #expect(!read(#"{"é": 1}"#))
        let many = (0..<JSONCursor.maximumUniqueKeys).map { #""k\#($0)": \#($0)"# }
        #expect(read("{\(many.joined(separator: ","))}"))
        #expect(!read("{\(many.joined(separator: ",")), \"last\": 0}"))
    }

    @Test func stringOrNullReadsBothAndNothingElse() {
        var value: String? = "before"
        #expect(reading("null") { $0.stringOrNull(into: &value) } && value == nil)
        #expect(reading(#""x""#) { $0.stringOrNull(into: &value) } && value == "x")
        #expect(!reading("1") { $0.stringOrNull(into: &value) })
    }
}
