import Foundation

/// Writes JSON exactly as `JSONSerialization` with `.sortedKeys`
/// does on Linux (keys ordered case-insensitively, `/` escaped as `\/`), about ten times faster:
/// JSONSerialization bridged every value to an NSObject and compared keys through NSString.
///
/// It handles what the search index holds: strings, Int, Bool, finite non-integral Double
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
        var output = Output(escapingSlashes: escapingSlashes)
        return output.write(object) ? output.json.text : nil
    }

    /// Writes any value of the handled types; `false` for anything else.
    private struct Output {
        var json: JSONBytes

        init(escapingSlashes: Bool) {
            json = JSONBytes(escapingSlashes: escapingSlashes)
        }

        mutating func write(_ value: Any) -> Bool {
            // The exact type first: a cast (`as? [Any]` on a `[String]`, or `as Bool`) costs a search of
            // the runtime's conformance records, and makes a new array with every element boxed again.
            switch ObjectIdentifier(type(of: value)) {
            case ObjectIdentifier(String.self):
                json.appendString(value as! String)
                return true
            case ObjectIdentifier([String: Any].self):
                return writeObject(value as! [String: Any])
            case ObjectIdentifier([[String: Any]].self):
                return writeArray(value as! [[String: Any]])
            case ObjectIdentifier([String].self):
                return writeArray(value as! [String])
            case ObjectIdentifier([Any].self):
                return writeArray(value as! [Any])
            case ObjectIdentifier(Bool.self):
                json.append(value as! Bool)
                return true
            case ObjectIdentifier(Int.self):
                json.append(value as! Int)
                return true
            case ObjectIdentifier(Double.self):
                return json.appendDecimal(value as! Double)
            default:
                break
            }
            switch value {
            case let flag as Bool:
                json.append(flag)
            case let number as Int:
                json.append(number)
            case let number as Double:
                return json.appendDecimal(number)
            case let text as String:
                json.appendString(text)
            case let dictionary as [String: Any]:
                return writeObject(dictionary)
            case let array as [Any]:
                return writeArray(array)
            default:
                return false
            }
            return true
        }

        private mutating func writeObject(_ dictionary: [String: Any]) -> Bool {
            guard let pairs = sortedPairs(dictionary) else { return false }
            json.append("{")
            for (index, pair) in pairs.enumerated() {
                if index > 0 { json.append(",") }
                json.appendString(pair.key)
                json.append(":")
                guard write(pair.value) else { return false }
            }
            json.append("}")
            return true
        }

        private mutating func writeArray<Element>(_ array: [Element]) -> Bool {
            json.append("[")
            for (index, element) in array.enumerated() {
                if index > 0 { json.append(",") }
                guard write(element) else { return false }
            }
            json.append("]")
            return true
        }
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
    static func foldedPrecedes(_ first: String, _ second: String) -> Bool {
        var firstBytes = first.utf8.makeIterator(), secondBytes = second.utf8.makeIterator()
        while let byte = firstBytes.next() {
            guard let other = secondBytes.next() else { return false }
            if byte.asciiLowercased != other.asciiLowercased { return byte.asciiLowercased < other.asciiLowercased }
        }
        return secondBytes.next() != nil
    }
}
