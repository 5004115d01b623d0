/// Decides whether a capitalised word is likely a personal name rather than an ordinary word.
///
/// The rule, in order:
/// 1. a single letter or a short all-capitals word is a pseudonym or initials ("mevrouw Y", "meneer AB"): no name;
/// 2. a function word ("Ze", "Hij", "Daar") or a care term ("Wmo", "GGZ") never is a name;
/// 3. a known surname that is also a word ("Bakker", "Visser") is a name;
/// 4. after a capitalised particle ("De Vries", "Van Dam", "El Amrani") it is a name;
/// 5. a word the OpenTaal list has only in lower case ("Pastoor", "Thuiszorg") is an ordinary word;
/// 6. anything else is treated as a name. The scanner prefers a false alarm, which an editor can
///    allow-list, over a published name.
struct NameClassifier: Sendable {
    let dictionary: Set<String>

    enum Role { case afterTitle, beforeAge }

    func isLikelyName(_ word: ScannedText.Token, afterCapitalisedParticle: Bool = false, role: Role = .afterTitle) -> Bool {
        guard word.isCapitalised else { return false }
        let text = word.text
        if text.count == 1 { return false }
        if text.count <= 3, text.allSatisfy({ $0.isUppercase }) { return false }
        // Acronyms ("ZRM (5)", "WMO") are no names.
        if role == .beforeAge, text.allSatisfy({ $0.isUppercase }) { return false }
        let lower = word.lowercased
        if NameLexicon.functionWords.contains(lower) || NameLexicon.careTerms.contains(lower) { return false }
        if NameLexicon.surnamesThatAreWords.contains(lower) || NameLexicon.firstNamesThatAreWords.contains(lower) { return true }
        if afterCapitalisedParticle { return true }
        return !dictionary.contains(lower)
    }
}
