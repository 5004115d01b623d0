import Foundation

/// Writes JSON straight from typed values, with each object's keys given by the caller in the
/// order JSONSerialization's `.sortedKeys` puts them (debug builds check that order). Building
/// a `[String: Any]` first and sorting its keys cost about ten times as much.
struct SortedJSONWriter {
    private(set) var json: JSONBytes
    /// `false` once a number had no JSON form (NaN, infinity): JSONSerialization refuses those.
    private(set) var isValid = true
    private var needsComma = false
    #if DEBUG
    private var previousKeys: [String?] = []
    #endif

    init(escapingLessThan: Bool = false) {
        json = JSONBytes(escapingSlashes: true, escapingLessThan: escapingLessThan)
    }

    mutating func object(_ body: (inout SortedJSONWriter) -> Void) {
        startValue()
        json.append("{")
        needsComma = false
        #if DEBUG
        previousKeys.append(nil)
        #endif
        body(&self)
        #if DEBUG
        previousKeys.removeLast()
        #endif
        json.append("}")
        needsComma = true
    }

    mutating func array<Elements: Sequence>(_ elements: Elements, _ body: (inout SortedJSONWriter, Elements.Element) -> Void) {
        startValue()
        json.append("[")
        needsComma = false
        for element in elements { body(&self, element) }
        json.append("]")
        needsComma = true
    }

    mutating func string(_ text: String) {
        startValue()
        json.appendString(text)
        needsComma = true
    }

    mutating func key(_ key: StaticString) {
        checkOrder(of: key.description)
        startValue()
        json.append("\"")
        json.append(key)
        json.append("\":")
        needsComma = false
    }

    /// A key made at run time, such as a weekday of opening hours. (Named, so that a string literal
    /// still takes the `StaticString` form above.)
    mutating func key(named name: String) {
        checkOrder(of: name)
        startValue()
        json.appendString(name)
        json.append(":")
        needsComma = false
    }

    /// In debug builds, asserts that `name` comes after the object's previous key.
    private mutating func checkOrder(of name: @autoclosure () -> String) {
        #if DEBUG
        let name = name()
        if let previous = previousKeys.last ?? nil {
            assert(CompactJSONWriter.foldedPrecedes(previous, name), "JSON key \(name) written after \(previous)")
        }
        previousKeys[previousKeys.count - 1] = name
        #endif
    }

    mutating func field(_ key: StaticString, _ text: String) {
        self.key(key)
        string(text)
    }

    mutating func field(_ key: StaticString, _ text: String?) {
        if let text { field(key, text) }
    }

    mutating func field(_ key: StaticString, _ flag: Bool) {
        self.key(key)
        json.append(flag)
        needsComma = true
    }

    mutating func field(_ key: StaticString, _ number: Double) {
        self.key(key)
        if !json.appendDecimal(number) {
            // JSONSerialization's own form for integral values and exponents.
            let data = number.isFinite ? try? JSONSerialization.data(withJSONObject: [number]) : nil
            guard let data else { isValid = false; return }
            json.appendRaw(data.dropFirst().dropLast())
        }
        needsComma = true
    }

    mutating func field(_ key: StaticString, strings: [String]) {
        self.key(key)
        array(strings) { $0.string($1) }
    }

    mutating func field(_ key: StaticString, object body: (inout SortedJSONWriter) -> Void) {
        self.key(key)
        object(body)
    }

    private mutating func startValue() {
        if needsComma { json.append(",") }
    }
}
