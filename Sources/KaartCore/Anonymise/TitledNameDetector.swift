/// Finds personal names after a form of address or title: "mevrouw De Vries", "mevr. Jansen",
/// "dhr. J. Jansen", "de heer Bakker", "meneer Ahmed", "Mw. El Amrani", and after a relation:
/// "haar dochter Sanne", "zijn buurman Piet".
///
/// Not reported: a pseudonym letter ("De heer X", "mevrouw Y"), a title alone ("meneer"),
/// a lower-case word after it ("mevrouw vertelt", "meneer zelf", "de heer en zijn vrouw") and
/// ordinary words ("mevrouw van de thuiszorg"). See `NameClassifier` for the exact rule.
struct TitledNameDetector: PersonalDataDetector {
    let classifier: NameClassifier
    /// Abbreviations that may carry a dot ("dhr.").
    private static let abbreviations: Set<String> = ["mevr", "mw", "mvr", "mej", "mnr", "dhr", "dr", "drs", "mr", "prof", "fam"]

    func detect(in text: ScannedText) -> [RawFinding] {
        let t = text.tokens
        var results: [RawFinding] = []
        for i in t.indices where t[i].isWord {
            guard let (titleStart, titleEnd) = title(in: text, at: i),
                  let found = name(in: text, after: titleEnd) else { continue }
            results.append(text.finding(.naam, tokens: found.first, found.last, widerFrom: titleStart))
        }
        return results
    }

    /// (first, last) token of a title at token `i`.
    private func title(in text: ScannedText, at i: Int) -> (Int, Int)? {
        let t = text.tokens
        let lower = t[i].lowercased
        if lower == "heer" {
            guard let previous = text.previousNonSpace(before: i), ["de", "den"].contains(t[previous].lowercased) else { return nil }
            return (previous, i)
        }
        guard NameLexicon.titles.contains(lower) || NameLexicon.relations.contains(lower) else { return nil }
        // Only a whole word: "mw" inside "mw-er" is not a title.
        if i > 0, t[i - 1].isSymbol("-") || t[i - 1].isSymbol("@") { return nil }
        if Self.abbreviations.contains(lower), i + 1 < t.count, t[i + 1].isSymbol(".") { return (i, i + 1) }
        if i + 1 < t.count, !(t[i + 1].isSpace || t[i + 1].kind == .newline) { return nil }
        return (i, i)
    }

    /// (first, last) token of a name following the title that ends at token `titleEnd`.
    private func name(in text: ScannedText, after titleEnd: Int) -> (first: Int, last: Int)? {
        let t = text.tokens
        guard var j = text.nextNonSpace(after: titleEnd, crossingLines: true) else { return nil }
        // Markdown emphasis: "mevrouw **Jansen**".
        while t[j].isSymbol("*") || t[j].isSymbol("_") {
            guard j + 1 < t.count else { return nil }
            j += 1
        }
        var first: Int?
        var capitalisedParticle = false
        var steps = 0
        // Initials ("J.", "A.B.") and particles ("de", "van der", "El") before the name itself.
        while t[j].isWord, steps < 6 {
            steps += 1
            if t[j].text.count == 1, t[j].text.first!.isUppercase, j + 1 < t.count, t[j + 1].isSymbol(".") {
                first = first ?? j
                guard let next = text.nextNonSpace(after: j + 1) else { return nil }
                j = next
                continue
            }
            if NameLexicon.particles.contains(t[j].lowercased), let next = text.nextNonSpace(after: j), t[next].isWord {
                if first == nil, t[j].isCapitalised { capitalisedParticle = true }
                first = first ?? j
                j = next
                continue
            }
            break
        }
        guard t[j].isWord, classifier.isLikelyName(t[j], afterCapitalisedParticle: capitalisedParticle) else { return nil }
        return (first ?? j, extendName(text, from: j))
    }

    /// Follows double names: "Jansen-de Vries", "Anja Jansen".
    private func extendName(_ text: ScannedText, from main: Int) -> Int {
        let t = text.tokens
        var last = main
        for _ in 0..<3 {
            var k = last + 1
            guard k < t.count else { break }
            let hyphenated = t[k].isSymbol("-")
            if !(hyphenated || t[k].isSpace) { break }
            k += 1
            var particle = false
            while k + 1 < t.count, t[k].isWord, NameLexicon.particles.contains(t[k].lowercased), t[k + 1].isSpace {
                particle = true
                k += 2
            }
            guard k < t.count, t[k].isWord,
                  classifier.isLikelyName(t[k], afterCapitalisedParticle: hyphenated || particle) else { break }
            last = k
        }
        return last
    }
}
