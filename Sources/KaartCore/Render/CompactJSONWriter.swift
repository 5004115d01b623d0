import Foundation

/// Writes JSON exactly as `JSONSerialization` with `.sortedKeys`
/// does on Linux (keys ordered case-insensitively, `/` escaped as `\/`), about ten times faster:
/// JSONSerialization bridged every value to an NSObject and compared keys through NSString.
///
/// It handles what the JSON-LD of entry pages, their opening hours and the search index hold: strings, Int, Bool, finite non-integral Double
/// (coordinates), arrays and dictionaries with ASCII keys without digits. For anything else it
/// returns `nil` and the caller uses JSONSerialization, so the output never changes.
/// `CompactJSONWriterTests` compares the two on generated objects.
enum CompactJSONWriter {
    /// `object` as JSON: by this writer when it can, else by JSONSerialization with the same
    /// options. `nil` only when neither can write it (a value JSON has no form for).
    static func encode(_ object: Any, escapingSlashes: Bool = true) -> String? {
        if let json = serialize(object, escapingSlashes: escapingSlashes) { return json }
        let options: JSONSerialization.WritingOptions = escapingSlashes ? [.sortedKeys] : [.sortedKeys, .withoutEscapingSlashes]
        return (try? JSONSerialization.data(withJSONObject: object, options: options)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// - Parameter escapingSlashes: `false` matches JSONSerialization's `.withoutEscapingSlashes`.
    static func serialize(_ object: Any, escapingSlashes: Bool = true) -> String? {
        var output = ""
        output.reserveCapacity(1024)
        return write(object, escapingSlashes: escapingSlashes, into: &output) ? output : nil
    }

    private static func write(_ value: Any, escapingSlashes: Bool, into output: inout String) -> Bool {
        // The exact type first: `as? [Any]` on a `[String]` or `[[String: Any]]` makes a new array
        // with every element boxed again, and the casts were most of the time spent here.
        switch ObjectIdentifier(type(of: value)) {
        case ObjectIdentifier(String.self):
            writeString(value as! String, escapingSlashes: escapingSlashes, into: &output)
            return true
        case ObjectIdentifier([String: Any].self):
            return writeObject(value as! [String: Any], escapingSlashes: escapingSlashes, into: &output)
        case ObjectIdentifier([[String: Any]].self):
            return writeArray(value as! [[String: Any]], escapingSlashes: escapingSlashes, into: &output)
        case ObjectIdentifier([String].self):
            return writeArray(value as! [String], escapingSlashes: escapingSlashes, into: &output)
        default:
            break
        }
        switch value {
        case let flag as Bool:
            output += flag ? "true" : "false"
        case let number as Int:
            output += String(number)
        case let number as Double:
            // Only the plain decimal form is known to match; integral values and exponents fall back.
            guard number.isFinite, number.rounded() != number, abs(number) >= 1e-4, abs(number) < 1e15 else { return false }
            let text = String(number)
            guard !text.contains("e") else { return false }
            output += text
        case let text as String:
            writeString(text, escapingSlashes: escapingSlashes, into: &output)
        case let dictionary as [String: Any]:
            return writeObject(dictionary, escapingSlashes: escapingSlashes, into: &output)
        case let array as [Any]:
            return writeArray(array, escapingSlashes: escapingSlashes, into: &output)
        default:
            return false
        }
        return true
    }

    private static func writeObject(_ dictionary: [String: Any], escapingSlashes: Bool, into output: inout String) -> Bool {
        guard let keys = sortedKeys(dictionary) else { return false }
        output += "{"
        for (index, key) in keys.enumerated() {
            if index > 0 { output += "," }
            writeString(key, escapingSlashes: escapingSlashes, into: &output)
            output += ":"
            guard write(dictionary[key]!, escapingSlashes: escapingSlashes, into: &output) else { return false }
        }
        output += "}"
        return true
    }

    private static func writeArray<Element>(_ array: [Element], escapingSlashes: Bool, into output: inout String) -> Bool {
        output += "["
        for (index, element) in array.enumerated() {
            if index > 0 { output += "," }
            guard write(element, escapingSlashes: escapingSlashes, into: &output) else { return false }
        }
        output += "]"
        return true
    }

    /// Keys in JSONSerialization's order; `nil` when a key is outside the simple case.
    private static func sortedKeys(_ dictionary: [String: Any]) -> [String]? {
        let keys = Array(dictionary.keys)
        guard keys.allSatisfy({ key in key.utf8.allSatisfy { $0 < 0x80 && !($0 >= 0x30 && $0 <= 0x39) } }) else { return nil }
        let folded = keys.map { $0.lowercased() }
        guard Set(folded).count == keys.count else { return nil }
        return zip(folded, keys).sorted { $0.0 < $1.0 }.map(\.1)
    }

    private static func writeString(_ text: String, escapingSlashes: Bool, into output: inout String) {
        output += "\""
        var pending = text.utf8.startIndex
        let utf8 = text.utf8
        for index in utf8.indices {
            let byte = utf8[index]
            let escape: String? = switch byte {
            case 0x22: "\\\""
            case 0x5C: "\\\\"
            case 0x2F where escapingSlashes: "\\/"
            case 0x08: "\\b"
            case 0x0C: "\\f"
            case 0x0A: "\\n"
            case 0x0D: "\\r"
            case 0x09: "\\t"
            case 0x00..<0x20: String(format: "\\u%04x", byte)
            default: nil
            }
            guard let escape else { continue }
            output += text[pending..<index]
            output += escape
            pending = utf8.index(after: index)
        }
        output += text[pending...]
        output += "\""
    }
}
