import CYaml

/// Turns YAML text into a `YAMLNode` tree in one pass over libyaml's events, and refuses what
/// could make that slow or unsafe: anchors and aliases (a "billion laughs" bomb expands
/// exponentially), nesting deeper than any content needs, and bytes YAML forbids.
///
/// libyaml keeps its own stack on the heap and the tree is built with an explicit stack, so the
/// pass is linear in the input and never recurses, whatever the text. It replaces two passes (a
/// safety scan, then Yams' composer); `YAMLComposerEquivalenceTests` holds it to Yams' trees,
/// numbers and error places.
enum YAMLComposer {
    /// Content files nest a few levels (`openingstijden.uitzonderingen[1].datum`); 32 is plenty.
    static let maximumDepth = 32

    /// Why the text cannot be read, with its 1-based line and column inside the text.
    struct Problem: Error, Equatable {
        var line: Int
        var column: Int
        var message: String
    }

    /// The root of the single document in `yaml` (`nil` when there is none), or the first problem.
    ///
    /// Refused constructs (anchors, depth, forbidden bytes) are reported wherever they are, as the
    /// safety scan did before parsing. Other problems come in the order of the text: a repeated
    /// field, a second document, a syntax error.
    static func compose(_ yaml: String) -> Result<YAMLNode?, Problem> {
        var yaml = yaml
        guard !yaml.isEmpty else { return .success(nil) }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            return .failure(Problem(line: 1, column: 1, message: "De gegevens kunnen niet worden gelezen."))
        }
        defer { yaml_parser_delete(&parser) }
        // Named, as Yams did: libyaml then reads a byte order mark as a character, not as a hint.
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        return yaml.withUTF8 { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var builder = TreeBuilder()
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    return .failure(refusedInput(parser, bytes: buffer)
                        ?? builder.firstProblemInTextOrder ?? syntaxProblem(parser))
                }
                defer { yaml_event_delete(&event) }
                if let refused = builder.add(event) { return .failure(refused) }
                if event.type == YAML_STREAM_END_EVENT { break }
            }
            if let problem = builder.firstProblemInTextOrder { return .failure(problem) }
            return .success(builder.root)
        }
    }

    /// Builds the tree from events, with a stack of the lists and groups that are still open.
    private struct TreeBuilder {
        private struct OpenCollection {
            var isMapping: Bool
            var line: Int
            var column: Int
            /// For a group: key, value, key, value, …
            var items: [YAMLNode] = []
        }

        private var open: [OpenCollection] = []
        private var documents = 0
        private(set) var root: YAMLNode?
        /// A repeated field or a second document; reported unless a refused construct follows.
        private(set) var firstProblemInTextOrder: Problem?

        /// Takes one event; returns a refused construct.
        mutating func add(_ event: yaml_event_t) -> Problem? {
            let line = Int(event.start_mark.line) + 1, column = Int(event.start_mark.column) + 1
            switch event.type {
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents == 2 {
                    remember(Problem(line: line, column: column, message: YAMLProblemWording.secondDocument))
                }
            case YAML_ALIAS_EVENT:
                return Problem(line: line, column: column, message: anchorMessage)
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                if scalar.anchor != nil { return Problem(line: line, column: column, message: anchorMessage) }
                let isPlain = scalar.style == YAML_PLAIN_SCALAR_STYLE || scalar.style == YAML_ANY_SCALAR_STYLE
                finish(YAMLNode(value: .scalar(text(scalar.value, length: scalar.length), isPlain: isPlain), line: line, column: column))
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                let anchor = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
                if anchor != nil { return Problem(line: line, column: column, message: anchorMessage) }
                guard open.count < maximumDepth else { return Problem(line: line, column: column, message: deepMessage) }
                open.append(OpenCollection(isMapping: isMapping, line: line, column: column))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let collection = open.popLast() else { return nil }
                finish(collection.isMapping ? mapping(collection) : YAMLNode(value: .sequence(collection.items), line: collection.line, column: collection.column))
            default:
                break
            }
            return nil
        }

        private mutating func finish(_ node: YAMLNode) {
            if open.isEmpty {
                if documents == 1 { root = node }
            } else {
                open[open.count - 1].items.append(node)
            }
        }

        private mutating func mapping(_ collection: OpenCollection) -> YAMLNode {
            var pairs: [YAMLNode.Pair] = []
            pairs.reserveCapacity(collection.items.count / 2)
            var valuesByKey: [String: YAMLNode] = [:]
            valuesByKey.reserveCapacity(collection.items.count / 2)
            var repeatedKeys: Set<String> = []
            var index = 0
            while index + 1 < collection.items.count {
                let pair = YAMLNode.Pair(key: collection.items[index], value: collection.items[index + 1])
                pairs.append(pair)
                if let key = pair.key.text {
                    if valuesByKey[key] == nil { valuesByKey[key] = pair.value } else { repeatedKeys.insert(key) }
                }
                index += 2
            }
            if let repeated = repeatedKeysProblem(repeatedKeys, in: pairs) { remember(repeated) }
            return YAMLNode(value: .mapping(YAMLNode.Mapping(pairs: pairs, valuesByKey: valuesByKey)),
                            line: collection.line, column: collection.column)
        }

        private mutating func remember(_ problem: Problem) {
            if firstProblemInTextOrder == nil { firstProblemInTextOrder = problem }
        }
    }

    /// Keys that occur more than once, by text; named in alphabetical order, at the first key's first place.
    private static func repeatedKeysProblem(_ repeatedKeys: Set<String>, in pairs: [YAMLNode.Pair]) -> Problem? {
        guard let firstName = repeatedKeys.min(), let first = pairs.first(where: { $0.key.text == firstName })?.key else { return nil }
        let names = repeatedKeys.sorted().map { "'\($0)'" }.joined(separator: ", ")
        return Problem(line: first.line, column: first.column,
                       message: "Het veld \(names) staat er meer dan één keer in. Houd één van de twee over.")
    }

    /// The scalar's text. A byte order mark at its start is dropped, as Foundation's decoding in Yams did.
    private static func text(_ value: UnsafeMutablePointer<UInt8>?, length: Int) -> String {
        guard let value, length > 0 else { return "" }
        let bytes = UnsafeBufferPointer(start: value, count: length)
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)
    }

    // MARK: Messages

    private static let anchorMessage =
        "De gegevens gebruiken een anker (&) of een verwijzing (*). Dat is niet toegestaan: schrijf elke waarde helemaal uit."

    private static let deepMessage = "De gegevens zijn te diep genest (meer dan \(maximumDepth) niveaus). Maak de opbouw eenvoudiger."

    /// A forbidden byte (a control character, broken UTF-8) or libyaml's own nesting limit, which
    /// its scanner can reach before the first event. A reader error names a byte offset, not a line.
    private static func refusedInput(_ parser: yaml_parser_t, bytes: UnsafeBufferPointer<UInt8>) -> Problem? {
        if let problem = parser.problem, String(cString: problem).lowercased().contains("nesting") {
            return Problem(at: parser.problem_mark, deepMessage)
        }
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

    /// A scanner or parser error. Two are reported where they start, not where libyaml gave up
    /// (often the end of the text): an unclosed quote, and a line that lacks its `:`.
    /// (Inside quotes libyaml also stops at a wrong escape such as `\q`; that is reported where it is.)
    private static func syntaxProblem(_ parser: yaml_parser_t) -> Problem {
        let phrase = parser.problem.map { String(cString: $0) }
        let context = parser.error == YAML_SCANNER_ERROR ? parser.context.map { String(cString: $0) } : nil
        if let context, context.contains("quoted scalar"),
           phrase == "found unexpected end of stream" || phrase == "found unexpected document indicator" {
            return Problem(at: parser.context_mark, "Hier begint tekst tussen aanhalingstekens, maar het afsluitende aanhalingsteken ontbreekt.")
        }
        let message = YAMLProblemWording.message(forProblem: phrase)
        return Problem(at: context?.contains("simple key") == true ? parser.context_mark : parser.problem_mark, message)
    }
}

extension YAMLComposer.Problem {
    /// A problem at one of libyaml's marks, which count lines and columns from 0.
    init(at mark: yaml_mark_t, _ message: String) {
        self.init(line: Int(mark.line) + 1, column: Int(mark.column) + 1, message: message)
    }
}
