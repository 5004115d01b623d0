/// Finds a street name followed by a house number: "Lindelaan 12", "Kerkstraat 3a", "Oude Rijn 45-2".
///
/// A street is recognised by a capitalised word ending in a street suffix (…straat, …laan, …weg),
/// or by two capitalised words of which the first is a typical street prefix (Oude, Nieuwe, Lange …).
/// Street names with neither, like "Steenschuur 3", are missed; a word written in lower case
/// ("lindelaan 12") is missed too.
struct StreetAddressDetector: PersonalDataDetector {
    static let suffixes: [String] = [
        "straat", "laan", "weg", "plein", "gracht", "kade", "singel", "dijk", "pad", "hof", "park",
        "steeg", "dreef", "markt", "wal", "vest", "haven", "allee", "boulevard", "plantsoen", "erf",
        "burg", "kaai", "veld", "zoom", "gaarde", "weide", "akker", "vaart", "wetering", "hoven", "donk",
    ]
    /// Prefixes of street names without a suffix ("Oude Rijn", "Lange Mare"). Compass words
    /// ("Zuid Kennemerland 2") and "Sint" are left out: they mostly start names of regions and organisations.
    static let prefixes: Set<String> = ["oude", "nieuwe", "hoge", "lage", "lange", "korte", "grote", "kleine"]

    func detect(in text: ScannedText) -> [RawFinding] {
        let tokens = text.tokens
        var results: [RawFinding] = []
        // Cheap checks first: a capitalised word, one space, a number.
        for i in tokens.indices where i + 2 < tokens.count && tokens[i + 2].isNumber && tokens[i].isCapitalised {
            let number = i + 2
            guard tokens[i + 1].isSpace, tokens[i + 1].end - tokens[i + 1].start == 1,
                  let streetStart = streetStart(text, endingAt: i),
                  let last = HouseNumberReader.end(in: text, at: number) else { continue }
            results.append(text.finding(.straatHuisnummer, tokens: streetStart, last))
        }
        return results
    }

    /// Token index where the street name ending at `i` starts, or nil if `i` does not end a street name.
    private func streetStart(_ text: ScannedText, endingAt i: Int) -> Int? {
        let word = text.tokens[i].lowercased
        if Self.suffixes.contains(where: { word.count > $0.count + 1 && word.hasSuffix($0) }) {
            return i
        }
        if let previous = text.previousNonSpace(before: i), text.tokens[previous].isCapitalised,
           Self.prefixes.contains(text.tokens[previous].lowercased) {
            return previous
        }
        return nil
    }
}
