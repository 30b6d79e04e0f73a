/// Just enough XML for STS's two answers: the text of the first element with a given name.
enum XMLText {
    /// The unescaped text of the first `<tag>` (or `<tag attr=...>`) element, `nil` if absent.
    static func first(_ tag: String, in xml: String) -> String? {
        var searchStart = xml.startIndex
        while let open = xml.range(of: "<\(tag)", range: searchStart..<xml.endIndex) {
            guard open.upperBound < xml.endIndex else { return nil }
            let next = xml[open.upperBound]
            guard next == ">" || next == " " || next == "/" || next == "\t" || next == "\n" else {
                searchStart = open.upperBound
                continue
            }
            guard let close = xml.range(of: ">", range: open.upperBound..<xml.endIndex) else { return nil }
            if xml[xml.index(before: close.lowerBound)] == "/" { return "" }
            guard let end = xml.range(of: "</\(tag)>", range: close.upperBound..<xml.endIndex) else { return nil }
            return unescape(String(xml[close.upperBound..<end.lowerBound]))
        }
        return nil
    }

    /// Resolves the five named entities and numeric character references.
    static func unescape(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var index = text.startIndex
        while index < text.endIndex {
            let char = text[index]
            if char == "&", let semicolon = text[index...].firstIndex(of: ";"),
                text.distance(from: index, to: semicolon) <= 10
            {
                let entity = text[text.index(after: index)..<semicolon]
                var replacement: String?
                switch entity {
                case "amp": replacement = "&"
                case "lt": replacement = "<"
                case "gt": replacement = ">"
                case "quot": replacement = "\""
                case "apos": replacement = "'"
                default:
                    if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
                        replacement = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map {
                            String(Character($0))
                        }
                    } else if entity.hasPrefix("#") {
                        replacement = UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init).map {
                            String(Character($0))
                        }
                    }
                }
                if let replacement {
                    result += replacement
                    index = text.index(after: semicolon)
                    continue
                }
            }
            result.append(char)
            index = text.index(after: index)
        }
        return result
    }
}
