import CLibYAML

/// One libyaml event, copied out of C memory so no C type leaves this file.
struct YAMLEvent {
    enum Kind {
        case streamStart, streamEnd, documentStart, documentEnd
        case alias(anchor: String)
        case scalar(YAMLScalar, anchor: String?)
        case sequenceStart(anchor: String?, tag: String?)
        case sequenceEnd
        case mappingStart(anchor: String?, tag: String?)
        case mappingEnd
    }

    var kind: Kind
    var location: SourceLocation
}

/// A syntax error reported by libyaml, already located.
struct YAMLSyntaxError: Error {
    var diagnostic: Diagnostic
}

/// Owns a libyaml parser and the input it reads; frees both in `deinit`.
final class LibYAMLEventReader {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let input: UnsafeMutableBufferPointer<UInt8>
    private let source: SourceText
    /// Bytes of a UTF-8 byte-order mark left out of libyaml's input (0 or 3).
    private let skipped: Int

    init(source: SourceText) {
        self.source = source
        // libyaml, pinned to UTF-8, skips a byte-order mark only in its scanner and counts it
        // as a column: `%YAML 1.2` or `---` after it no longer starts its line ("character '%'
        // cannot start a value"), and a mapping's first key sits one column right of the next.
        // It gets the text after the mark, as it would if it had detected the encoding itself;
        // lines and columns are the same (the renderer does not count the mark either).
        skipped = source.bytes.starts(with: SourceText.byteOrderMark) ? SourceText.byteOrderMark.count : 0
        let count = source.bytes.count - skipped
        parser = .allocate(capacity: 1)
        input = .allocate(capacity: max(1, count))
        _ = input.initialize(from: source.bytes[skipped...])
        yaml_parser_initialize(parser)
        // Pinned to UTF-8: the source excerpts and columns assume it.
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, input.baseAddress, count)
    }

    deinit {
        yaml_parser_delete(parser)
        input.deallocate()
        parser.deallocate()
    }

    /// The next event, or a located syntax error.
    func next() throws(YAMLSyntaxError) -> YAMLEvent {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else { throw syntaxError() }
        defer { yaml_event_delete(&event) }
        let location = SourceLocation(
            line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
        let kind: YAMLEvent.Kind
        switch event.type {
        case YAML_STREAM_START_EVENT: kind = .streamStart
        case YAML_STREAM_END_EVENT: kind = .streamEnd
        case YAML_DOCUMENT_START_EVENT: kind = .documentStart
        case YAML_DOCUMENT_END_EVENT: kind = .documentEnd
        case YAML_ALIAS_EVENT: kind = .alias(anchor: Self.string(event.data.alias.anchor) ?? "")
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let text = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
            let style: YAMLScalar.Style
            switch data.style {
            case YAML_PLAIN_SCALAR_STYLE: style = .plain
            case YAML_LITERAL_SCALAR_STYLE, YAML_FOLDED_SCALAR_STYLE: style = .block
            default: style = .quoted
            }
            kind = .scalar(
                YAMLScalar(text: text, style: style, tag: Self.string(data.tag)), anchor: Self.string(data.anchor))
        case YAML_SEQUENCE_START_EVENT:
            kind = .sequenceStart(
                anchor: Self.string(event.data.sequence_start.anchor), tag: Self.string(event.data.sequence_start.tag))
        case YAML_SEQUENCE_END_EVENT: kind = .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            kind = .mappingStart(
                anchor: Self.string(event.data.mapping_start.anchor), tag: Self.string(event.data.mapping_start.tag))
        case YAML_MAPPING_END_EVENT: kind = .mappingEnd
        default: kind = .streamEnd
        }
        return YAMLEvent(kind: kind, location: location)
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
    }

    /// Turns libyaml's error state into a diagnostic with a message a person can act on.
    private func syntaxError() -> YAMLSyntaxError {
        let state = parser.pointee
        let problem = state.problem.map { String(cString: $0) } ?? "unknown problem"
        let location: SourceLocation
        if state.error == YAML_READER_ERROR {
            location = source.location(ofByteOffset: state.problem_offset + skipped)
        } else {
            location = SourceLocation(
                line: Int(state.problem_mark.line) + 1, column: Int(state.problem_mark.column) + 1)
        }
        var context = state.context.map { String(cString: $0) }
        // Say where an unclosed construct began: libyaml notices it only later, at the problem mark.
        if let text = context, state.error != YAML_READER_ERROR {
            let start = SourceLocation(
                line: Int(state.context_mark.line) + 1, column: Int(state.context_mark.column) + 1)
            if start != location { context = "\(text) that starts at \(start)" }
        }
        let message = YAMLSyntaxMessages.message(
            problem: problem, context: context, isReaderError: state.error == YAML_READER_ERROR,
            value: Int(state.problem_value), offending: byte(at: location))
        return YAMLSyntaxError(diagnostic: .error(message, at: location))
    }

    private func byte(at location: SourceLocation) -> UInt8? {
        var line = source.lineBytes(location.line)
        if location.line == 1, line.starts(with: SourceText.byteOrderMark) {
            line = line.dropFirst(SourceText.byteOrderMark.count)
        }
        var column = 1
        for byte in line {
            if byte & 0xC0 != 0x80 {
                if column == location.column { return byte }
                column += 1
            }
        }
        return nil
    }
}
