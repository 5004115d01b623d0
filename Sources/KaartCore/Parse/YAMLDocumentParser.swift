import Yams

/// Parses a YAML text into a `FieldReader`, translating parser errors into located Dutch messages.
enum YAMLDocumentParser {
    /// No tag rules: Yams runs every rule's regular expression on every plain scalar, keys
    /// included, as it composes a node (an eighth of parsing). `FieldReader` reads null, booleans,
    /// numbers and dates from the text of a scalar itself, so every scalar can stay a string.
    private static let resolver = Resolver.basic

    /// - Parameters:
    ///   - yaml: the YAML text.
    ///   - path: the file, for messages.
    ///   - firstLine: the file line on which the YAML text starts.
    static func parse(_ yaml: String, path: String, firstLine: Int, sink: DiagnosticSink) -> FieldReader? {
        if let tabLine = firstIndentingTab(in: yaml) {
            sink.error("Deze regel springt in met een tab. Gebruik spaties om in te springen.",
                       at: SourceLocation(path: path, line: firstLine + tabLine - 1))
            return nil
        }
        if let problem = YAMLSafetyScanner.problem(in: yaml) {
            sink.error(problem.message, at: SourceLocation(path: path, line: firstLine + problem.line - 1, column: problem.column))
            return nil
        }
        let root: Node?
        do {
            // An explicit encoding: Yams' default reads the whole process environment on every call.
            root = try Yams.compose(yaml: yaml, resolver, .default, .utf8)
        } catch let error as YamlError {
            let (line, column, message) = translate(error)
            sink.error(message, at: SourceLocation(path: path, line: firstLine + line - 1, column: column))
            return nil
        } catch {
            sink.error("De gegevens kunnen niet worden gelezen.", at: SourceLocation(path: path, line: firstLine))
            return nil
        }
        guard let root, case .mapping(let mapping) = root else {
            sink.error("Hier horen gegevens in de vorm 'veld: waarde'.", at: SourceLocation(path: path, line: firstLine))
            return nil
        }
        return FieldReader(mapping: mapping, node: root, path: path, firstLine: firstLine, sink: sink)
    }

    /// The 1-based line of the first tab in a line's indentation, or `nil`.
    private static func firstIndentingTab(in yaml: String) -> Int? {
        var line = 1
        var inIndentation = true
        for byte in yaml.utf8 {
            switch byte {
            case UInt8(ascii: "\n"):
                line += 1
                inIndentation = true
            case UInt8(ascii: "\t") where inIndentation:
                return line
            case UInt8(ascii: " "):
                break
            default:
                inIndentation = false
            }
        }
        return nil
    }

    private static func translate(_ error: YamlError) -> (line: Int, column: Int, message: String) {
        let advice = "Controleer de dubbele punten, aanhalingstekens en het inspringen."
        switch error {
        case .scanner(let context?, _, _, _) where context.text.contains("quoted scalar"):
            // libyaml reports the end of the text; the opening quote is where the editor must look.
            return (context.mark.line, context.mark.column,
                    "Hier begint tekst tussen aanhalingstekens, maar het afsluitende aanhalingsteken ontbreekt.")
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return (mark.line, mark.column, "De gegevens zijn geen geldige YAML (\(problem)). \(advice)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return (context.mark.line, context.mark.column, "Het veld \(names) staat er meer dan één keer in. Houd één van de twee over.")
        case .reader(let problem, _, _, _):
            return (1, 1, "De gegevens kunnen niet worden gelezen (\(problem)).")
        default:
            return (1, 1, "De gegevens zijn geen geldige YAML. \(advice)")
        }
    }
}
