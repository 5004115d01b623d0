/// Small text helpers shared by the schedule types, kept in one namespace so they cannot
/// clash with helpers elsewhere in KaartCore.
enum ScheduleText {
    /// The value of a run of ASCII digits, or nil if any byte is not a digit.
    static func decimalValue<C: Collection>(_ bytes: C) -> Int? where C.Element == UInt8 {
        guard !bytes.isEmpty else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            if value > 999_999_999 { return nil }
        }
        return value
    }

    /// `value` in decimal, left-padded with zeros to `width` digits.
    static func zeroPadded(_ value: Int, _ width: Int) -> String {
        let digits = String(abs(value))
        let padding = String(repeating: "0", count: max(0, width - digits.count))
        return (value < 0 ? "-" : "") + padding + digits
    }

    /// "a", "a en b", "a, b en c".
    static func dutchList(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " en " + items.last!
    }

    /// The text without leading and trailing spaces.
    static func trimmingSpaces(_ text: Substring) -> String {
        let bytes = text.utf8
        // ASCII text is trimmed on bytes; elsewhere a space may start a character (with a combining mark).
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            return String(text.drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
        }
        guard let first = bytes.firstIndex(where: { $0 != UInt8(ascii: " ") }),
              let last = bytes.lastIndex(where: { $0 != UInt8(ascii: " ") }) else { return "" }
        return String(text[first...last])
    }
}
