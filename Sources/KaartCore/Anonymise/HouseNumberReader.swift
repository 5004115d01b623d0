/// Reads a house number with its addition after a street or postcode: "12", "3a", "45-2",
/// "12 bis", "12-II", "12 hs". Shared by both address detectors.
enum HouseNumberReader {
    private static let wordAdditions: Set<String> = ["bis", "hs", "huis", "boven", "bg", "zw", "rd", "i", "ii", "iii"]
    /// Words after a number that make it a quantity, not a house number.
    private static let quantityWords: Set<String> = [
        "jaar", "jaren", "keer", "maal", "dagen", "dag", "weken", "week", "maanden", "uur", "minuten",
        "km", "kilometer", "meter", "m", "procent", "personen", "mensen", "euro", "deelnemers", "plaatsen",
    ]

    /// Index of the last token of the house number starting at token `index`, or nil if it is not one.
    static func end(in text: ScannedText, at index: Int) -> Int? {
        let tokens = text.tokens
        guard index < tokens.count, tokens[index].isNumber, tokens[index].text.count <= 5,
              let value = Int(tokens[index].text), value > 0 else { return nil }
        // A four-digit year after a place-like word ("Rotterdam 2019") is not a house number.
        if tokens[index].text.count == 4, (1900...2100).contains(value) { return nil }
        var last = index
        let next = index + 1
        if next < tokens.count {
            let t = tokens[next]
            // "19:30" or "12,50" after the word: a time or amount.
            if (t.isSymbol(":") || t.isSymbol(",")) && next + 1 < tokens.count && tokens[next + 1].isNumber { return nil }
            if t.isSymbol("%") { return nil }
            if t.isWord, t.text.count == 1 { last = next }  // "3a"
            if t.isSymbol("-"), next + 1 < tokens.count {
                let after = tokens[next + 1]
                if after.isNumber || (after.isWord && (after.text.count == 1 || wordAdditions.contains(after.lowercased))) {
                    last = next + 1  // "45-2", "12-II"
                }
            }
        }
        if last == index, let following = text.nextNonSpace(after: index) {
            let word = tokens[following]
            if word.isWord, quantityWords.contains(word.lowercased) { return nil }
            if word.isWord, wordAdditions.contains(word.lowercased), word.lowercased.count > 1 { last = following }
        }
        return last
    }
}
