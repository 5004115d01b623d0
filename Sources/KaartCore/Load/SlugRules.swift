import Foundation

/// The rules for slugs: lower-case letters, digits and single hyphens.
public enum SlugRules {
    /// A Dutch explanation of what is wrong with `slug`, or `nil` if it is valid.
    public static func problem(with slug: String) -> String? {
        let allowed = slug.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        if slug.isEmpty || !allowed || slug.hasPrefix("-") || slug.hasSuffix("-") || slug.contains("--") {
            return "De bestandsnaam '\(slug).md' is geen geldige slug. Gebruik alleen kleine letters a-z, cijfers en losse streepjes, bijvoorbeeld 'logeerhuis-de-linde.md'."
        }
        return nil
    }

    /// Turns a name such as "Oud-Beijerland" into a slug such as "oud-beijerland".
    public static func slug(from name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var result = ""
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if !result.hasSuffix("-"), !result.isEmpty {
                result.append("-")
            }
        }
        return result.hasSuffix("-") ? String(result.dropLast()) : result
    }
}
