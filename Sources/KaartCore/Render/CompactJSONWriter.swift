import Foundation

/// Writes JSON exactly as `JSONSerialization` with `.sortedKeys`
/// does on Linux (keys ordered case-insensitively, `/` escaped as `\/`), about ten times faster:
/// JSONSerialization bridged every value to an NSObject and compared keys through NSString.
///
/// It handles what the JSON-LD of entry pages, their opening hours and the search index hold: strings, Int, Bool, finite non-integral Double
/// (coordinates), arrays and dictionaries whose keys are ASCII letters, maybe after an `@`. For anything else it
/// returns `nil` and the caller uses JSONSerialization, so the output never changes.
/// `FastPathEquivalenceTests` compares the two on generated objects.
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
        guard let pairs = sortedPairs(dictionary) else { return false }
        output += "{"
        for (index, pair) in pairs.enumerated() {
            if index > 0 { output += "," }
            writeString(pair.key, escapingSlashes: escapingSlashes, into: &output)
            output += ":"
            guard write(pair.value, escapingSlashes: escapingSlashes, into: &output) else { return false }
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

    /// The entries in JSONSerialization's key order; `nil` when a key is outside the simple case.
    /// JSONSerialization orders keys as collation does (`_x` before `@type`), which is the order of
    /// their lowercased bytes only for letters and a leading `@`.
    private static func sortedPairs(_ dictionary: [String: Any]) -> [(key: String, value: Any)]? {
        guard dictionary.keys.allSatisfy(isLettersKey) else { return nil }
        let pairs = dictionary.sorted { foldedPrecedes($0.key, $1.key) }
        // Two keys that differ only in case have no order JSONSerialization would agree with.
        let foldedKeysDiffer = zip(pairs, pairs.dropFirst()).allSatisfy { foldedPrecedes($0.key, $1.key) }
        return foldedKeysDiffer ? pairs : nil
    }

    /// Whether `key` is ASCII letters, maybe after an `@` (`@type`, `dayOfWeek`).
    private static func isLettersKey(_ key: String) -> Bool {
        key.utf8.enumerated().allSatisfy { offset, byte in byte.isASCIILetter || (offset == 0 && byte == UInt8(ascii: "@")) }
    }

    /// Whether ASCII `first` comes before `second` once both are lowercased, without making the
    /// lowercased strings: for ASCII, the order of their bytes.
    private static func foldedPrecedes(_ first: String, _ second: String) -> Bool {
        var firstBytes = first.utf8.makeIterator(), secondBytes = second.utf8.makeIterator()
        while let byte = firstBytes.next() {
            guard let other = secondBytes.next() else { return false }
            if byte.asciiLowercased != other.asciiLowercased { return byte.asciiLowercased < other.asciiLowercased }
        }
        return secondBytes.next() != nil
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
