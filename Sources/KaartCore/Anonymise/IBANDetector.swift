/// Finds IBANs (with or without spaces) whose mod-97 check is right.
struct IBANDetector: PersonalDataDetector {
    /// IBAN lengths of the countries a Dutch case is likely to mention; others are not checked.
    static let lengths: [String: Int] = [
        "NL": 18, "BE": 16, "DE": 22, "LU": 20, "FR": 27, "GB": 22, "ES": 24, "IT": 27,
        "PT": 25, "AT": 20, "CH": 21, "PL": 28, "TR": 26, "MA": 28, "IE": 22, "DK": 18,
    ]

    func detect(in text: ScannedText) -> [RawFinding] {
        let chars = text.characters
        let tokens = text.tokens
        var results: [RawFinding] = []
        var resumeAt = 0
        // Candidates start at a two-letter word directly followed by two digits ("NL91").
        for (t, token) in tokens.enumerated() where token.isWord && token.text.utf8.count == 2 && token.start >= resumeAt {
            guard t + 1 < tokens.count, tokens[t + 1].isNumber, tokens[t + 1].end - tokens[t + 1].start >= 2,
                  let needed = Self.lengths[token.text.uppercased()] else { continue }
            let i = token.start
            // Collect alphanumerics, allowing single spaces between groups.
            var collected: [Character] = []
            var j = i
            while j < chars.count, collected.count < needed {
                let c = chars[j]
                if c.isASCIIAlphabetic || c.isASCIIDecimalDigit {
                    collected.append(Character(c.uppercased()))
                    j += 1
                } else if c == " ", j + 1 < chars.count, chars[j + 1].isASCIIAlphabetic || chars[j + 1].isASCIIDecimalDigit {
                    j += 1
                } else {
                    break
                }
            }
            let endsCleanly = j >= chars.count || !(chars[j].isASCIIAlphabetic || chars[j].isASCIIDecimalDigit)
            if collected.count == needed, endsCleanly, IdentifierChecksum.passesIBANMod97(collected) {
                results.append(RawFinding(kind: .iban, start: i, end: j, allowTexts: [text.text(from: i, to: j)]))
                resumeAt = j
            }
        }
        return results
    }
}
