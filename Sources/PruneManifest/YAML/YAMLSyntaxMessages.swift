/// Rewrites libyaml's terse problems into messages that say what to do.
enum YAMLSyntaxMessages {
    static func message(problem: String, context: String?, isReaderError: Bool, value: Int, offending: UInt8?)
        -> String
    {
        if isReaderError {
            if problem.contains("UTF-8") {
                return "the file is not valid UTF-8 (\(problem)); save the plan as UTF-8 text"
            }
            if problem.contains("control characters") {
                let hex = String(value, radix: 16, uppercase: true)
                let code = value >= 0 ? " (U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ")" : ""
                return "control character\(code) in the file; a plan is plain UTF-8 text, is this a binary file?"
            }
            return "cannot read the file as text: \(problem)"
        }
        if offending == UInt8(ascii: "\t") {
            return "tab character where YAML expects indentation or a token; indent with spaces only"
        }
        if problem.contains("found character that cannot start any token") {
            let shown = offending.map { $0 >= 0x20 && $0 < 0x7F ? " '\(Character(Unicode.Scalar($0)))'" : "" } ?? ""
            return "YAML syntax error: character\(shown) cannot start a value here; quote the value if it is a string"
        }
        if problem.contains("mapping values are not allowed") {
            return "YAML syntax error: unexpected ':' here; quote the value if it contains ': ', or fix the indentation"
        }
        if problem.contains("did not find expected key") || problem.contains("did not find expected '-'") {
            return
                "YAML syntax error: \(problem)\(context.map { " (\($0))" } ?? ""); check the indentation of this line"
        }
        if problem.contains("found undefined tag handle") {
            return "YAML syntax error: \(problem); tags are not used in plans, remove it"
        }
        return "YAML syntax error: \(problem)\(context.map { " (\($0))" } ?? "")"
    }
}
