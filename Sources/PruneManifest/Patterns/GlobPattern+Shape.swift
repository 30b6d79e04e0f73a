extension GlobPattern {
    /// The globs plans use most, matched on UTF-8 bytes instead of by the general walk: a
    /// prefix (`1.*`), a suffix (`*-SNAPSHOT`), a substring (`*-*`, `*.dev*`) or a last
    /// character (`*[0-9]`). Evaluating a million versions matches each against several globs.
    ///
    /// Bytes give the scalar-by-scalar answer: the needle is whole UTF-8 and so is the name, so
    /// wherever the needle's bytes occur they start and end on scalar boundaries.
    enum Shape: Sendable {
        case general
        case prefix([UInt8])
        case suffix([UInt8])
        case contains([UInt8])
        case lastIn(CharacterClass)

        init(_ tokens: [Token]) {
            func literals(_ slice: ArraySlice<Token>) -> [UInt8]? {
                var scalars = String.UnicodeScalarView()
                for token in slice {
                    guard case .literal(let scalar) = token else { return nil }
                    scalars.append(scalar)
                }
                return Array(String(scalars).utf8)
            }
            let starFirst = tokens.first == .anyRun
            let starLast = tokens.count > 1 && tokens.last == .anyRun
            if tokens.count == 2, starFirst, case .characterClass(let characterClass) = tokens[1] {
                self = .lastIn(characterClass)
            } else if starFirst, starLast, let needle = literals(tokens.dropFirst().dropLast()) {
                self = .contains(needle)
            } else if starFirst, let needle = literals(tokens.dropFirst()) {
                self = .suffix(needle)
            } else if tokens.last == .anyRun, let needle = literals(tokens.dropLast()) {
                self = .prefix(needle)
            } else {
                self = .general
            }
        }

        /// Whether `text` matches; nil for `.general` (the caller walks the tokens).
        func matches(_ text: String) -> Bool? {
            switch self {
            case .general: return nil
            case .lastIn(let characterClass): return text.unicodeScalars.last.map(characterClass.matches) ?? false
            case .prefix(let needle): return text.utf8.starts(with: needle)
            case .suffix(let needle), .contains(let needle):
                var text = text
                return text.withUTF8 { bytes in
                    guard case .contains = self else { return Self.hasSuffix(bytes, needle) }
                    return Self.contains(bytes, needle)
                }
            }
        }

        private static func hasSuffix(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
            bytes.count >= needle.count && bytes[(bytes.count - needle.count)...].elementsEqual(needle)
        }

        private static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
            guard let first = needle.first else { return true }
            guard bytes.count >= needle.count else { return false }
            for start in 0...(bytes.count - needle.count) where bytes[start] == first {
                if bytes[start..<start + needle.count].elementsEqual(needle) { return true }
            }
            return false
        }
    }
}
