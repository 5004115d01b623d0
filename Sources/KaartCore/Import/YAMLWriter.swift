/// Prints a `YAMLValue` mapping as block-style YAML front matter.
public enum YAMLWriter {
    /// The lines for a top-level mapping, without the `---` fences.
    public static func document(_ fields: [(key: String, value: YAMLValue)]) -> String {
        fields.map { line(key: $0.key, value: $0.value, indent: "") }.joined()
    }

    /// A double-quoted YAML string: backslash, quote and control characters escaped.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value)
                || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF:
                result += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// Codes such as `inloop` or `tijdelijk-gesloten` and ISO dates read the same without quotes,
    /// and editors write them that way; YAML 1.1 words like `no` or `on` would turn into booleans.
    static func isPlainSafe(_ text: String) -> Bool {
        guard !["y", "n", "yes", "no", "on", "off", "true", "false", "null"].contains(text) else { return false }
        return text.wholeMatch(of: /[a-z][a-z0-9-]*/) != nil || text.wholeMatch(of: /[0-9]{4}-[0-9]{2}-[0-9]{2}/) != nil
    }

    private static func line(key: String, value: YAMLValue, indent: String) -> String {
        switch value {
        case .string, .plain:
            return "\(indent)\(key): \(inline(value))\n"
        case .list(let items) where items.allSatisfy(\.isScalar):
            return "\(indent)\(key): \(inline(value))\n"
        case .list(let items):
            return "\(indent)\(key):\n" + items.map { item in listItem(item, indent: indent + "  ") }.joined()
        case .mapping(let fields):
            return "\(indent)\(key):\n" + fields.map { line(key: $0.key, value: $0.value, indent: indent + "  ") }.joined()
        }
    }

    private static func listItem(_ item: YAMLValue, indent: String) -> String {
        guard case .mapping(let fields) = item, !fields.isEmpty else { return "\(indent)- \(inline(item))\n" }
        // Every field is printed at the item's indent; the first line then gets the "- " marker.
        let body = fields.map { line(key: $0.key, value: $0.value, indent: indent + "  ") }.joined()
        return indent + "- " + body.dropFirst(indent.count + 2)
    }

    private static func inline(_ value: YAMLValue) -> String {
        switch value {
        case .string(let text): isPlainSafe(text) ? text : quoted(text)
        case .plain(let text): text
        case .list(let items): "[" + items.map(inline).joined(separator: ", ") + "]"
        case .mapping(let fields): "{" + fields.map { "\($0.key): \(inline($0.value))" }.joined(separator: ", ") + "}"
        }
    }
}

extension YAMLValue {
    var isScalar: Bool {
        switch self {
        case .string, .plain: true
        case .list, .mapping: false
        }
    }
}
