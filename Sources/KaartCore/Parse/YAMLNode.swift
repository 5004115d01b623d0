/// One node of a YAML document, as far as kaart's data files use YAML: text, lists and groups of
/// fields, each with the place where it starts. `YAMLComposer` makes the tree.
///
/// Every scalar stays text. Null, booleans and numbers are read from that text when a field asks
/// for them, by the rules Yams applies to an untagged plain scalar (YAML 1.1), so a quoted "5" is
/// text and never a number.
struct YAMLNode: Sendable {
    enum Value: Sendable {
        /// The text, and whether it was written without quotes or a block indicator (`|`, `>`).
        case scalar(String, isPlain: Bool)
        case sequence([YAMLNode])
        case mapping(Mapping)
    }

    struct Pair: Sendable {
        var key: YAMLNode
        var value: YAMLNode
    }

    /// A group of fields in the order written, with each field's value by the key's text; made in
    /// the composer's pass, which needs the keys by text anyway to find a repeated field.
    struct Mapping: Sendable {
        var pairs: [Pair]
        /// The value of each key's first occurrence (a repeated key is an error).
        var valuesByKey: [String: YAMLNode]
    }

    var value: Value
    /// 1-based, inside the YAML text.
    var line: Int
    /// 1-based, in Unicode scalars, as libyaml counts.
    var column: Int

    /// The text of a scalar; `nil` for a list or a group.
    var text: String? {
        guard case .scalar(let text, _) = value else { return nil }
        return text
    }

    /// The text of a scalar written without quotes; only such a scalar can be null, a boolean or a number.
    var plainText: String? {
        guard case .scalar(let text, true) = value else { return nil }
        return text
    }

    /// True for an empty value (`veld:` with nothing after it, `~` or `null`).
    var isNull: Bool {
        guard let text = plainText else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(text)
    }

    /// A plain YAML 1.1 boolean (`true`, `yes`, `on`, `false`, `no`, `off`, in any case).
    var yamlBool: Bool? {
        switch plainText?.lowercased() {
        case "true", "yes", "on": true
        case "false", "no", "off": false
        default: nil
        }
    }

    /// A plain integer as Yams' `Int.construct` reads it: `_` as a digit separator, a sign,
    /// `0x`, `0b`, `0o` and a leading `0` (octal) as radix prefixes, and base 60 (`1:30`).
    var integer: Int? {
        guard let text = plainText else { return nil }
        let withSign = text.replacingOccurrences(of: "_", with: "")
        if withSign == "0" { return 0 }
        let negative = withSign.hasPrefix("-")
        let digits = withSign.dropFirst(negative || withSign.hasPrefix("+") ? 1 : 0)
        let sign = negative ? "-" : ""
        for (prefix, radix) in [("0x", 16), ("0b", 2), ("0o", 8), ("0", 8)] where digits.hasPrefix(prefix) {
            return Int(sign + digits.dropFirst(prefix.count), radix: radix)
        }
        guard digits.contains(":") else { return Int(withSign) }
        let base60 = Self.sexagesimalParts(withSign)
        var value = 0
        for part in base60.parts {
            guard let digit = Int(part, radix: 10) else { return nil }
            let (shifted, overflow) = value.multipliedReportingOverflow(by: 60)
            let (sum, overflowAgain) = shifted.addingReportingOverflow(digit)
            guard !overflow, !overflowAgain else { return nil }
            value = sum
        }
        return base60.negative ? -value : value
    }

    /// A plain number as Yams' `Double.construct` reads it: also `.inf`, `-.inf`, `.nan`, `_`
    /// as a digit separator and base 60.
    var number: Double? {
        plainText.flatMap(Self.number(fromPlain:))
    }

    /// `yamlNumber(text)`, with a shortcut for plain decimals such as coordinates (`52.0907`): they
    /// hold no special spelling, no `_` and no base 60, so the full rules come to `Double(text)`.
    static func number(fromPlain text: String) -> Double? {
        let isPlainDecimal = text.utf8.allSatisfy { ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") }
        return isPlainDecimal ? Double(text) : yamlNumber(text)
    }

    /// The number rules themselves.
    static func yamlNumber(_ text: String) -> Double? {
        switch text.lowercased() {
        case ".inf", "+.inf": return .infinity
        case "-.inf": return -.infinity
        case ".nan": return .nan
        default:
            let digits = text.replacingOccurrences(of: "_", with: "")
            guard digits.contains(":") else { return Double(digits) }
            let (negative, parts) = Self.sexagesimalParts(digits)
            var value = 0.0
            for part in parts {
                guard let digit = Double(part) else { return nil }
                value = value * 60 + digit
            }
            return negative ? -value : value
        }
    }

    /// Base 60 (`[+-]a:b:c` is a · 60² + b · 60 + c): the sign and the parts.
    private static func sexagesimalParts(_ text: String) -> (negative: Bool, parts: [String]) {
        let negative = text.hasPrefix("-")
        let unsigned = negative || text.hasPrefix("+") ? text.dropFirst() : Substring(text)
        return (negative, unsigned.split(separator: ":", omittingEmptySubsequences: false).map(String.init))
    }
}
