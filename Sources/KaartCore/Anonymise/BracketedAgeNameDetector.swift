/// Finds a capitalised name followed by an age in brackets: "Anja (52)", "Mohamed (17 jaar)".
/// "X (52)" and ordinary words like "Bijlage (3)" are not reported.
struct BracketedAgeNameDetector: PersonalDataDetector {
    let classifier: NameClassifier

    func detect(in text: ScannedText) -> [RawFinding] {
        let t = text.tokens
        var results: [RawFinding] = []
        for i in t.indices where t[i].isSymbol("(") {
            guard let age = text.nextNonSpace(after: i), t[age].isNumber, t[age].text.count <= 3,
                  let value = Int(t[age].text), value <= 120 else { continue }
            var close = text.nextNonSpace(after: age)
            if let c = close, t[c].isWord, ["jaar", "jr"].contains(t[c].lowercased) {
                close = text.nextNonSpace(after: c)
                if let dot = close, t[dot].isSymbol(".") { close = text.nextNonSpace(after: dot) }
            }
            guard let c = close, t[c].isSymbol(")"),
                  let word = text.previousNonSpace(before: i), t[word].isWord,
                  classifier.isLikelyName(t[word], role: .beforeAge) else { continue }
            results.append(text.finding(.naam, tokens: word, word, widerFrom: nil))
        }
        return results
    }
}
