/// RFC 5545 text escaping and line folding.
enum ICSContentLine {
    /// Maximum octets per physical line, excluding the CRLF (RFC 5545 §3.1).
    static let maximumOctets = 75

    /// Escapes a TEXT value (§3.3.11): backslash, semicolon and comma get a backslash, every
    /// line break becomes `\n`, and other control characters (not allowed in TEXT) are dropped.
    static func escapeText(_ text: String) -> String {
        var result = ""
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\r": result += "\\n"
            case "\n": if !previousWasCarriageReturn { result += "\\n" }  // CRLF is one break
            case "\t": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Folds one logical line into physical lines of at most 75 octets, joined by CRLF and a
    /// space (§3.1). Breaks only between Unicode scalars, so UTF-8 sequences stay whole.
    /// The result has no trailing CRLF.
    static func fold(_ line: String) -> String {
        var physicalLines: [String] = []
        var current = ""
        var currentOctets = 0
        for scalar in line.unicodeScalars {
            let octets = String(scalar).utf8.count
            // Continuation lines start with a space, which counts towards the 75 octets.
            let limit = physicalLines.isEmpty ? maximumOctets : maximumOctets - 1
            if currentOctets + octets > limit {
                physicalLines.append(current)
                current = ""
                currentOctets = 0
            }
            current.unicodeScalars.append(scalar)
            currentOctets += octets
        }
        physicalLines.append(current)
        return physicalLines.joined(separator: "\r\n ")
    }
}
