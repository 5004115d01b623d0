import Foundation

/// The rules for slugs: lower-case letters, digits and single hyphens.
public enum SlugRules {
    /// A Dutch explanation of what is wrong with `slug`, or `nil` if it is valid.
    public static func problem(with slug: String) -> String? {
        if !isValid(slug) {
            return "De bestandsnaam '\(slug).md' is geen geldige slug. Gebruik alleen kleine letters a-z, cijfers en losse streepjes, bijvoorbeeld 'logeerhuis-de-linde.md'."
        }
        return nil
    }

    /// One pass over the bytes: every content file's name is checked on every build.
    private static func isValid(_ slug: String) -> Bool {
        let hyphen = UInt8(ascii: "-")
        // A hyphen before the first character makes a leading hyphen a double one.
        var previous = hyphen
        for byte in slug.utf8 {
            let allowed = byte == hyphen ? previous != hyphen : byte.isASCIILetterOrDigit && byte.asciiLowercased == byte
            guard allowed else { return false }
            previous = byte
        }
        return previous != hyphen
    }

    /// Turns a name such as "Oud-Beijerland" into a slug such as "oud-beijerland".
    public static func slug(from name: String) -> String {
        // Every entry page links its gemeenten: an ASCII name has no diacritics to fold, and the loop
        // below lowercases it, so it skips Foundation.
        let folded = name.utf8.allSatisfy { $0 < 0x80 }
            ? name : name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var result: [UInt8] = []
        for byte in folded.utf8 {
            let lowered = byte.asciiLowercased
            if lowered.isASCIILetterOrDigit {
                result.append(lowered)
            } else if result.last != UInt8(ascii: "-"), !result.isEmpty {
                result.append(UInt8(ascii: "-"))
            }
        }
        if result.last == UInt8(ascii: "-") { result.removeLast() }
        return String(decoding: result, as: UTF8.self)
    }
}
