import Foundation

/// Escaping for text and attribute values in HTML.
enum PlanHTML {
    /// Replaces `& < > " '` with character references; safe in text and in quoted attributes.
    static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.append(character)
            }
        }
        return output
    }
}

extension PlanHTML {
    /// The value for an `href` when it is a relative path or an http(s) URL; nil otherwise
    /// (so `javascript:` and other schemes never become links).
    static func webHref(_ url: String) -> String? {
        let trimmed = url.trimmingCharacters(in: .whitespaces)
        let lower = trimmed.lowercased()
        if lower.hasPrefix("https://") || lower.hasPrefix("http://") { return trimmed }
        if trimmed.hasPrefix("/") && !trimmed.hasPrefix("//") { return trimmed }
        return nil
    }

    /// A `tel:` href with only digits and a leading plus, or nil when no digits remain.
    static func telHref(_ phone: String) -> String? {
        var digits = ""
        for character in phone where character.isASCII {
            if character.isNumber || (character == "+" && digits.isEmpty) { digits.append(character) }
        }
        return digits.contains(where: \.isNumber) ? "tel:" + digits : nil
    }
}
