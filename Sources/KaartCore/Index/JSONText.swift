import Foundation

/// Small, deterministic JSON writing helpers (stable key order, no escaped slashes).
enum JSONText {
    static func quote(_ text: String) -> String {
        isPlain(text) ? "\"" + text + "\"" : scalarQuote(text)
    }

    /// True when `text` holds no byte that may start something `scalarQuote` escapes: quote,
    /// backslash, control characters and 0xE2, the first byte of U+2028 and U+2029.
    static func isPlain(_ text: String) -> Bool {
        !text.utf8.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == 0xE2 }
    }

    /// The quoted string, written scalar by scalar.
    static func scalarQuote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    static func encode(_ value: Any) -> String {
        // The index holds only strings, numbers, booleans, arrays and dictionaries.
        CompactJSONWriter.encode(value, escapingSlashes: false)!
    }
}
