/// A small YAML tree that the importer builds and `YAMLWriter` prints.
///
/// Strings are always written double-quoted with escapes, so no cell text can change the YAML
/// structure (a `#`, `: `, a leading `-` or a line break stays text).
public indirect enum YAMLValue: Sendable, Equatable {
    /// Text, always quoted.
    case string(String)
    /// A number or boolean, written as is; the importer only makes these from checked text.
    case plain(String)
    case list([YAMLValue])
    case mapping([(key: String, value: YAMLValue)])

    public static func == (lhs: YAMLValue, rhs: YAMLValue) -> Bool {
        switch (lhs, rhs) {
        case let (.string(a), .string(b)), let (.plain(a), .plain(b)): a == b
        case let (.list(a), .list(b)): a == b
        case let (.mapping(a), .mapping(b)): a.map(\.key) == b.map(\.key) && a.map(\.value) == b.map(\.value)
        default: false
        }
    }
}
