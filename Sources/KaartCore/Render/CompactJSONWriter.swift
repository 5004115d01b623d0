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
        var output = Output(escapingSlashes: escapingSlashes)
        return output.write(object) ? String(decoding: output.bytes, as: UTF8.self) : nil
    }

    /// The JSON text so far, as UTF-8 bytes: appending to a `String` piece by piece, and reading
    /// strings through `String.UTF8View`, took almost half the time spent here.
    private struct Output {
        let escapingSlashes: Bool
        var bytes: [UInt8] = []

        init(escapingSlashes: Bool) {
            self.escapingSlashes = escapingSlashes
            bytes.reserveCapacity(1024)
        }

        mutating func write(_ value: Any) -> Bool {
            // The exact type first: a cast (`as? [Any]` on a `[String]`, or `as Bool`) costs a search of
            // the runtime's conformance records, and makes a new array with every element boxed again.
            switch ObjectIdentifier(type(of: value)) {
            case ObjectIdentifier(String.self):
                writeString(value as! String)
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
                append(value as! Bool ? "true" : "false")
                return true
            case ObjectIdentifier(Int.self):
                append(String(value as! Int))
                return true
            case ObjectIdentifier(Double.self):
                return writeDouble(value as! Double)
            default:
                break
            }
            switch value {
            case let flag as Bool:
                append(flag ? "true" : "false")
            case let number as Int:
                append(String(number))
            case let number as Double:
                return writeDouble(number)
            case let text as String:
                writeString(text)
            case let dictionary as [String: Any]:
                return writeObject(dictionary)
            case let array as [Any]:
                return writeArray(array)
            default:
                return false
            }
            return true
        }

        /// Only the plain decimal form is known to match; integral values and exponents fall back.
        private mutating func writeDouble(_ number: Double) -> Bool {
            guard number.isFinite, number.rounded() != number, abs(number) >= 1e-4, abs(number) < 1e15 else { return false }
            let text = String(number)
            guard !text.utf8.contains(UInt8(ascii: "e")) else { return false }
            append(text)
            return true
        }

        private mutating func writeObject(_ dictionary: [String: Any]) -> Bool {
            guard let pairs = sortedPairs(dictionary) else { return false }
            bytes.append(UInt8(ascii: "{"))
            for (index, pair) in pairs.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                writeString(pair.key)
                bytes.append(UInt8(ascii: ":"))
                guard write(pair.value) else { return false }
            }
            bytes.append(UInt8(ascii: "}"))
            return true
        }

        private mutating func writeArray<Element>(_ array: [Element]) -> Bool {
            bytes.append(UInt8(ascii: "["))
            for (index, element) in array.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                guard write(element) else { return false }
            }
            bytes.append(UInt8(ascii: "]"))
            return true
        }

        private mutating func writeString(_ text: String) {
            var text = text
            text.withUTF8 { utf8 in
                bytes.append(UInt8(ascii: "\""))
                var pending = 0
                for (index, byte) in utf8.enumerated() {
                    guard let escape = escape(byte) else { continue }
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[pending..<index]))
                    append(escape)
                    pending = index + 1
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[pending...]))
                bytes.append(UInt8(ascii: "\""))
            }
        }

        private func escape(_ byte: UInt8) -> String? {
            switch byte {
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
        }

        private mutating func append(_ text: String) {
            bytes.append(contentsOf: text.utf8)
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
    private static func foldedPrecedes(_ first: String, _ second: String) -> Bool {
        var firstBytes = first.utf8.makeIterator(), secondBytes = second.utf8.makeIterator()
        while let byte = firstBytes.next() {
            guard let other = secondBytes.next() else { return false }
            if byte.asciiLowercased != other.asciiLowercased { return byte.asciiLowercased < other.asciiLowercased }
        }
        return secondBytes.next() != nil
    }
}
