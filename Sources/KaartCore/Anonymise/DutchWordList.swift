import Foundation

/// The OpenTaal word list (Debian package `wdutch`), used to tell common words from names.
public enum DutchWordList {
    /// Loads the word list, lower-cased; returns an empty set if the file is missing.
    ///
    /// Only entries written in lower case in the list count as common words. Entries that the
    /// list *also* has with a capital (for example `bakker`/`Bakker`, `jan`/`Jan`, `visser`/`Visser`)
    /// are left out by default: they double as surnames or first names, so after "mevrouw" they must
    /// still count as a possible name. Pass `excludingNameLikeWords: false` to keep them.
    public static func load(path: String = "/usr/share/dict/dutch", excludingNameLikeWords: Bool = true) -> Set<String> {
        guard let data = FileManager.default.contents(atPath: path),
              let content = String(data: data, encoding: .utf8) else { return [] }
        return parse(content, excludingNameLikeWords: excludingNameLikeWords)
    }

    /// Builds the common-word set from the text of a word list (one word per line).
    public static func parse(_ content: String, excludingNameLikeWords: Bool = true) -> Set<String> {
        var lowerCase = Set<String>()
        var capitalised = Set<String>()
        for lineSub in content.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            let word = String(lineSub)
            let lowered = word.lowercased()
            if word == lowered {
                lowerCase.insert(word)
            } else if excludingNameLikeWords {
                capitalised.insert(lowered)
            }
        }
        return excludingNameLikeWords ? lowerCase.subtracting(capitalised) : lowerCase
    }
}
