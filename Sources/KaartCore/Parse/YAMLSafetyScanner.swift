import CYaml

/// A first, cheap pass over YAML that refuses what could make the real parse slow or crash:
/// anchors and aliases (a "billion laughs" bomb expands exponentially), nesting deeper than any
/// content needs (building the node tree recurses once per level), and bytes YAML forbids.
///
/// libyaml's event parser keeps its own stack on the heap, so this pass is linear in the input
/// and never recurses, whatever the text.
enum YAMLSafetyScanner {
    /// Content files nest a few levels (`openingstijden.uitzonderingen[1].datum`); 32 is plenty.
    static let maximumDepth = 32

    /// A refused construct, with its 1-based line and column inside the scanned text.
    struct Problem: Equatable {
        var line: Int
        var column: Int
        var message: String
    }

    /// The first refused construct, or `nil`. Ordinary syntax errors are left to the parser,
    /// which reports them with more context.
    static func problem(in yaml: String) -> Problem? {
        let bytes = Array(yaml.utf8)
        guard !bytes.isEmpty else { return nil }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        return bytes.withUnsafeBufferPointer { buffer -> Problem? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var depth = 0
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    return readerProblem(parser, bytes: buffer)
                }
                defer { yaml_event_delete(&event) }
                let line = Int(event.start_mark.line) + 1
                let column = Int(event.start_mark.column) + 1
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return nil
                case YAML_ALIAS_EVENT:
                    return Problem(line: line, column: column, message: anchorMessage)
                case YAML_SCALAR_EVENT where event.data.scalar.anchor != nil:
                    return Problem(line: line, column: column, message: anchorMessage)
                case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    let anchor = event.type == YAML_SEQUENCE_START_EVENT ? event.data.sequence_start.anchor : event.data.mapping_start.anchor
                    if anchor != nil { return Problem(line: line, column: column, message: anchorMessage) }
                    depth += 1
                    if depth > maximumDepth {
                        return Problem(line: line, column: column, message: deepMessage)
                    }
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    depth -= 1
                default:
                    break
                }
            }
        }
    }

    private static let anchorMessage =
        "De gegevens gebruiken een anker (&) of een verwijzing (*). Dat is niet toegestaan: schrijf elke waarde helemaal uit."

    /// libyaml's own nesting limit, which its scanner can reach before the first event.
    private static func nestingProblem(_ parser: yaml_parser_t) -> Problem? {
        guard let problem = parser.problem, String(cString: problem).lowercased().contains("nesting") else { return nil }
        return Problem(line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1, message: deepMessage)
    }

    private static let deepMessage = "De gegevens zijn te diep genest (meer dan \(maximumDepth) niveaus). Maak de opbouw eenvoudiger."

    /// A reader error (a control character, a broken byte) names a byte offset, not a line;
    /// a nesting error may come from the scanner. Other syntax errors are left to the parser.
    private static func readerProblem(_ parser: yaml_parser_t, bytes: UnsafeBufferPointer<UInt8>) -> Problem? {
        if let nesting = nestingProblem(parser) { return nesting }
        guard parser.error == YAML_READER_ERROR else { return nil }
        let offset = min(max(Int(parser.problem_offset), 0), bytes.count)
        var line = 1, lineStart = 0
        for index in 0..<offset where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        let value = parser.problem_value
        let what = value >= 0 ? " (teken U+\(String(UInt32(value), radix: 16, uppercase: true)))" : ""
        return Problem(line: line, column: offset - lineStart + 1, message:
            "De gegevens zijn geen geldige YAML: er staat een onzichtbaar stuurteken in\(what). Haal dat teken weg.")
    }
}
