/// One field in a scaffolded file: required fields are written with a value and `# verplicht`,
/// optional ones commented out with `# optioneel`, so an editor removes one `#` to use them.
struct ScaffoldField: Sendable {
    var key: String
    /// The value after `key:` on the same line, or nil when the value is a block (`lines`).
    var inline: String?
    /// The lines of a block value, without indentation.
    var lines: [String] = []
    var required: Bool
    var hint: String

    static func required(_ key: String, _ value: String, _ hint: String) -> ScaffoldField {
        ScaffoldField(key: key, inline: value, required: true, hint: hint)
    }

    static func optional(_ key: String, _ value: String, _ hint: String) -> ScaffoldField {
        ScaffoldField(key: key, inline: value, required: false, hint: hint)
    }

    static func requiredBlock(_ key: String, _ lines: [String], _ hint: String) -> ScaffoldField {
        ScaffoldField(key: key, inline: nil, lines: lines, required: true, hint: hint)
    }

    static func optionalBlock(_ key: String, _ lines: [String], _ hint: String) -> ScaffoldField {
        ScaffoldField(key: key, inline: nil, lines: lines, required: false, hint: hint)
    }

    /// The YAML text of this field, ending in a newline.
    var text: String {
        let marker = required ? "# verplicht: \(hint)" : "# optioneel: \(hint)"
        let prefix = required ? "" : "# "
        let head = inline.map { "\(prefix)\(key): \($0)  \(marker)" } ?? "\(prefix)\(key):  \(marker)"
        return ([head] + lines.map { "\(prefix)  \($0)" }).joined(separator: "\n") + "\n"
    }
}
