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
    /// The result has no trailing CRLF. Works on the UTF-8 bytes: a scalar starts at every byte
    /// that is not a continuation byte (10xxxxxx).
    static func fold(_ line: String) -> String {
        let bytes = Array(line.utf8)
        guard bytes.count > maximumOctets else { return line }
        var folded: [UInt8] = []
        folded.reserveCapacity(bytes.count + bytes.count / (maximumOctets - 1) * 3)
        var lineOctets = 0
        // Continuation lines start with a space, which counts towards the 75 octets.
        var limit = maximumOctets
        var start = 0
        while start < bytes.count {
            var end = start + 1
            while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
            if lineOctets + end - start > limit {
                folded += [UInt8(ascii: "\r"), UInt8(ascii: "\n"), UInt8(ascii: " ")]
                lineOctets = 0
                limit = maximumOctets - 1
            }
            folded += bytes[start..<end]
            lineOctets += end - start
            start = end
        }
        return String(decoding: folded, as: UTF8.self)
    }
}
