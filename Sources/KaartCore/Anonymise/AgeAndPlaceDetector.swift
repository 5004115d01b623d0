/// Warns about an exact age close to a small place: "een vrouw van 83 uit Oudemolen".
/// Together they can point at one person in a village, even without a name. Warning only:
/// the editor decides whether the place can be made vaguer ("een dorp in Drenthe").
struct AgeAndPlaceDetector: PersonalDataDetector {
    /// Lower-cased place names, each split into words ("nieuw", "amsterdam").
    let places: [[String]]
    /// How many word or number tokens may lie between age and place.
    static let window = 8

    init(smallPlaces: Set<String>) {
        places = smallPlaces
            .map { $0.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init) }
            .filter { !$0.isEmpty }
            .sorted { $0.count > $1.count }
    }

    func detect(in text: ScannedText) -> [RawFinding] {
        guard !places.isEmpty else { return [] }
        let t = text.tokens
        // Only words and numbers matter; remember where sentences end.
        let content = t.indices.filter { t[$0].isWord || t[$0].isNumber || isSentenceEnd(t[$0]) }
        var results: [RawFinding] = []
        for (position, index) in content.enumerated() where t[index].isWord {
            guard let placeLength = placeMatch(t, content, at: position) else { continue }
            let placeEnd = content[position + placeLength - 1]
            if let age = nearbyAge(t, content, around: position, placeLength: placeLength) {
                let first = min(age, index), last = max(age, placeEnd)
                results.append(text.finding(.leeftijdEnPlaats, tokens: first, last))
            }
        }
        return results
    }

    private func isSentenceEnd(_ token: ScannedText.Token) -> Bool {
        token.isSymbol(".") || token.isSymbol("!") || token.isSymbol("?") || token.isSymbol(";")
    }

    /// Number of content tokens the place name at `position` spans, or nil.
    private func placeMatch(_ t: [ScannedText.Token], _ content: [Int], at position: Int) -> Int? {
        for place in places where position + place.count <= content.count {
            let matches = place.indices.allSatisfy { k in
                let token = t[content[position + k]]
                return token.isWord && token.lowercased == place[k]
            }
            if matches { return place.count }
        }
        return nil
    }

    /// Token index of an age expression in the same sentence, within the window.
    private func nearbyAge(_ t: [ScannedText.Token], _ content: [Int], around position: Int, placeLength: Int) -> Int? {
        // Backwards.
        var p = position - 1
        while p >= 0, position - p <= Self.window, !isSentenceEnd(t[content[p]]) {
            if isAge(t, content, at: p) { return content[p] }
            p -= 1
        }
        // Forwards.
        p = position + placeLength
        while p < content.count, p - position - placeLength < Self.window, !isSentenceEnd(t[content[p]]) {
            if isAge(t, content, at: p) { return content[p] }
            p += 1
        }
        return nil
    }

    /// "van 83", "83 jaar", "83-jarige", "(83)".
    private func isAge(_ t: [ScannedText.Token], _ content: [Int], at p: Int) -> Bool {
        let index = content[p]
        guard t[index].isNumber, let value = Int(t[index].text), (1...110).contains(value) else { return false }
        if p + 1 < content.count {
            let next = t[content[p + 1]].lowercased
            if ["jaar", "jarige", "jarig", "jr"].contains(next) { return true }
        }
        if p > 0, t[content[p - 1]].lowercased == "van" { return true }
        return index > 0 && t[index - 1].isSymbol("(") && index + 1 < t.count && t[index + 1].isSymbol(")")
    }
}
