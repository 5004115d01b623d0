/// A run of digit groups with short separators between them, like "+31 (0)6 1234 5678" or
/// "1234.56.782". Phone numbers and BSNs are searched inside such runs.
struct DigitGroupRun {
    struct Group {
        let tokenIndex: Int
        let digits: String
        /// Separator text between the previous group and this one ("" for the first group).
        let separatorBefore: String
    }

    let groups: [Group]
    /// "+" directly before the first group.
    let hasPlusPrefix: Bool

    /// Characters allowed between groups. Brackets serve "(071) 512 34 56" and "+31 (0)6 …".
    /// Also the no-break space, non-breaking hyphen and en dash that word processors put in.
    static let separatorCharacters: Set<Character> = [" ", "-", ".", "/", "(", ")", "\u{00A0}", "\u{2011}", "\u{2013}"]
    static let maxSeparatorLength = 3

    /// Splits the token stream into runs. Each number token belongs to exactly one run.
    static func runs(in text: ScannedText) -> [DigitGroupRun] {
        let tokens = text.tokens
        var runs: [DigitGroupRun] = []
        var i = 0
        while i < tokens.count {
            guard tokens[i].isNumber else { i += 1; continue }
            var plus = false
            var p = i - 1
            while p >= 0, tokens[p].isSymbol("(") || tokens[p].isSpace { p -= 1 }
            if p >= 0, tokens[p].isSymbol("+") { plus = true }

            var groups = [Group(tokenIndex: i, digits: tokens[i].text, separatorBefore: "")]
            var j = i + 1
            while true {
                var separator = ""
                var k = j
                while k < tokens.count, separator.count <= maxSeparatorLength,
                      tokens[k].kind == .space || (tokens[k].kind == .symbol && separatorCharacters.contains(tokens[k].first)) {
                    separator += tokens[k].text
                    k += 1
                }
                guard k < tokens.count, tokens[k].isNumber, !separator.isEmpty,
                      separator.count <= maxSeparatorLength else { break }
                groups.append(Group(tokenIndex: k, digits: tokens[k].text, separatorBefore: separator))
                j = k + 1
            }
            runs.append(DigitGroupRun(groups: groups, hasPlusPrefix: plus))
            i = j
        }
        return runs
    }
}

extension ScannedText {
    /// True if the number at `index` continues something else: glued to letters ("ABNA0417…"),
    /// or the account part of an IBAN-shaped text ("NL92 ABNA 0417 1643 00") whose checksum failed.
    /// Such digits must not come back as a phone number or BSN.
    func continuesOtherIdentifier(numberAt index: Int) -> Bool {
        guard index > 0 else { return false }
        if tokens[index - 1].isWord { return true }
        guard let bank = previousNonSpace(before: index), tokens[bank].isWord, tokens[bank].text.count == 4,
              tokens[bank].text.allSatisfy({ $0.isASCIIAlphabetic && $0.isUppercase }),
              let check = previousNonSpace(before: bank), tokens[check].isNumber, tokens[check].text.count == 2,
              check > 0, tokens[check - 1].isWord, tokens[check - 1].text.count == 2 else { return false }
        return true
    }
}
