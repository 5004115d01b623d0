/// Parses a YAML text into a `FieldReader`, with every problem as a located Dutch message.
enum YAMLDocumentParser {
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
        switch YAMLComposer.compose(yaml) {
        case .failure(let problem):
            sink.error(problem.message, at: SourceLocation(path: path, line: firstLine + problem.line - 1, column: problem.column))
            return nil
        case .success(let root):
            guard let root, case .mapping(let fields) = root.value else {
                sink.error("Hier horen gegevens in de vorm 'veld: waarde'.", at: SourceLocation(path: path, line: firstLine))
                return nil
            }
            return FieldReader(fields: fields, node: root, path: path, firstLine: firstLine, sink: sink)
        }
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
}
