/// Reads typed fields from one YAML mapping. Every problem becomes a located Dutch diagnostic;
/// a field that cannot be read returns `nil`, so parsing goes on and all problems are reported.
final class FieldReader {
    let path: String
    private let fields: YAMLNode.Mapping
    private let node: YAMLNode
    private let firstLine: Int
    let sink: DiagnosticSink
    /// Dotted name of this mapping inside the file, e.g. `contact` or `locaties[2]`, for messages.
    private let context: String

    init(fields: YAMLNode.Mapping, node: YAMLNode, path: String, firstLine: Int, sink: DiagnosticSink, context: String = "") {
        self.fields = fields
        self.node = node
        self.path = path
        self.firstLine = firstLine
        self.sink = sink
        self.context = context
    }

    // MARK: Locations

    var location: SourceLocation { location(of: node) }

    func location(of node: YAMLNode?) -> SourceLocation {
        let node = node ?? self.node
        return SourceLocation(path: path, line: firstLine + node.line - 1, column: node.column)
    }

    /// The location of a field's value, or of the mapping when the field is absent.
    func location(ofField key: String) -> SourceLocation {
        location(of: value(key))
    }

    func name(_ key: String) -> String { context.isEmpty ? key : "\(context).\(key)" }

    // MARK: Raw access

    var keys: [(name: String, node: YAMLNode)] {
        fields.pairs.compactMap { pair in pair.key.text.map { ($0, pair.key) } }
    }

    func value(_ key: String) -> YAMLNode? {
        fields.valuesByKey[key]
    }

    func has(_ key: String) -> Bool {
        guard let value = value(key) else { return false }
        return !value.isNull
    }

    private func missing(_ key: String) {
        sink.error("Het verplichte veld '\(name(key))' ontbreekt.", at: location)
    }

    // MARK: Scalars

    func string(_ key: String, required: Bool = false) -> String? {
        guard let node = value(key), !node.isNull else {
            if required { missing(key) }
            return nil
        }
        guard let text = scalarText(node, key: key, expected: "tekst") else { return nil }
        if required, Self.isBlank(text) {
            sink.error("Het veld '\(name(key))' is leeg. Vul een waarde in.", at: location(of: node))
            return nil
        }
        if let tag = HTMLDetector.firstTag(in: text) {
            sink.error("Het veld '\(name(key))' bevat HTML (\(tag)). Gebruik gewone tekst, zonder < en >.", at: location(of: node))
            return nil
        }
        return text
    }

    /// Only white space (or nothing). Text that starts with a visible ASCII character is answered
    /// without Foundation's trimming, which was a noticeable part of parsing.
    private static func isBlank(_ text: String) -> Bool {
        if let first = text.utf8.first, first > 0x20, first < 0x7F { return false }
        return text.trimmingCharacters(in: .whitespaces).isEmpty
    }

    func located(_ key: String, required: Bool = false) -> Located<String>? {
        string(key, required: required).map { Located($0, at: location(ofField: key)) }
    }

    func bool(_ key: String) -> Bool? {
        guard let node = value(key), !node.isNull else { return nil }
        if let value = node.yamlBool { return value }
        sink.error("Het veld '\(name(key))' moet true of false zijn.", at: location(of: node))
        return nil
    }

    func int(_ key: String) -> Int? {
        guard let node = value(key), !node.isNull else { return nil }
        if let value = node.integer { return value }
        sink.error("Het veld '\(name(key))' moet een heel getal zijn.", at: location(of: node))
        return nil
    }

    func double(_ key: String) -> Double? {
        guard let node = value(key), !node.isNull else { return nil }
        if let value = node.number { return value }
        sink.error("Het veld '\(name(key))' moet een getal zijn, bijvoorbeeld 52.1234.", at: location(of: node))
        return nil
    }

    func date(_ key: String, required: Bool = false) -> Located<LocalDate>? {
        guard let node = value(key), !node.isNull else {
            if required { missing(key) }
            return nil
        }
        guard let text = scalarText(node, key: key, expected: "een datum") else { return nil }
        guard let date = LocalDate(iso: text) else {
            sink.error("'\(text)' in '\(name(key))' is geen geldige datum. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-03-15.",
                       at: location(of: node))
            return nil
        }
        return Located(date, at: location(of: node))
    }

    /// A web address; only `http` and `https` are allowed, so `javascript:` can never become a link.
    func url(_ key: String, required: Bool = false) -> String? {
        guard let text = string(key, required: required) else { return nil }
        let lowered = text.lowercased()
        // Quotes, spaces and the like are escaped on output, but they make an invalid link.
        let forbidden = text.containsControlOrSpace(orAnyOf: "\"<>\\^`{|}")
        guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://"), !forbidden else {
            sink.error("'\(text)' in '\(name(key))' is geen geldig webadres. Begin met https:// en gebruik geen spaties, aanhalingstekens of < >.",
                       at: location(ofField: key))
            return nil
        }
        return text
    }

    // MARK: Collections

    func strings(_ key: String, required: Bool = false) -> [String]? {
        locatedStrings(key, required: required)?.map(\.value)
    }

    func locatedStrings(_ key: String, required: Bool = false) -> [Located<String>]? {
        guard let items = sequence(key, required: required) else { return nil }
        var result: [Located<String>] = []
        for item in items {
            guard let text = scalarText(item, key: key, expected: "tekst in de lijst") else { continue }
            if let tag = HTMLDetector.firstTag(in: text) {
                sink.error("Het veld '\(name(key))' bevat HTML (\(tag)). Gebruik gewone tekst.", at: location(of: item))
                continue
            }
            result.append(Located(text, at: location(of: item)))
        }
        if required, result.isEmpty, items.isEmpty {
            sink.error("De lijst '\(name(key))' is leeg. Vul minstens één waarde in.", at: location(ofField: key))
        }
        return result
    }

    func mapping(_ key: String, required: Bool = false) -> FieldReader? {
        guard let node = value(key), !node.isNull else {
            if required { missing(key) }
            return nil
        }
        return reader(for: node, named: name(key))
    }

    func mappings(_ key: String, required: Bool = false) -> [FieldReader]? {
        guard let items = sequence(key, required: required) else { return nil }
        return items.enumerated().compactMap { index, item in reader(for: item, named: "\(name(key))[\(index + 1)]") }
    }

    private func sequence(_ key: String, required: Bool) -> [YAMLNode]? {
        guard let node = value(key), !node.isNull else {
            if required { missing(key) }
            return nil
        }
        guard case .sequence(let items) = node.value else {
            sink.error("Het veld '\(name(key))' moet een lijst zijn, bijvoorbeeld [a, b].", at: location(of: node))
            return nil
        }
        return items
    }

    private func reader(for node: YAMLNode, named name: String) -> FieldReader? {
        guard case .mapping(let fields) = node.value else {
            sink.error("'\(name)' moet een groep velden zijn (veld: waarde).", at: location(of: node))
            return nil
        }
        return FieldReader(fields: fields, node: node, path: path, firstLine: firstLine, sink: sink, context: name)
    }

    private func scalarText(_ node: YAMLNode, key: String, expected: String) -> String? {
        switch node.value {
        case .scalar(let text, _):
            return text
        case .sequence:
            sink.error("Het veld '\(name(key))' moet \(expected) zijn, geen lijst.", at: location(of: node))
        case .mapping:
            sink.error("Het veld '\(name(key))' moet \(expected) zijn, geen groep velden.", at: location(of: node))
        }
        return nil
    }

    // MARK: Unknown fields

    /// Warns about fields the content model does not know, with a suggestion for a likely typo.
    func warnAboutUnknownKeys(known: Set<String>) {
        for (key, keyNode) in keys where !known.contains(key) {
            var message = "Het veld '\(name(key))' is onbekend en wordt niet gebruikt."
            if let suggestion = Suggestion.closest(to: key, in: known) {
                message += " Bedoelde u '\(suggestion)'?"
            }
            sink.warning(message, at: location(of: keyNode))
        }
    }
}

/// A value together with the place it was written.
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

extension Located: Equatable where Value: Equatable {}
