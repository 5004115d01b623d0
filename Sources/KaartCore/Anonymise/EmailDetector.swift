/// Finds e-mail addresses: local part, "@", a domain with at least one dot and a letter-only top-level domain.
struct EmailDetector: PersonalDataDetector {
    func detect(in text: ScannedText) -> [RawFinding] {
        let chars = text.characters
        var results: [RawFinding] = []
        var lastEnd = 0
        for at in chars.indices where chars[at] == "@" {
            // Expansions stop at "@", so each character is visited a bounded number of times.
            var start = at
            while start > lastEnd, Self.isLocalPart(chars[start - 1]) { start -= 1 }
            // A local part does not start or end with a dot.
            while start < at, chars[start] == "." { start += 1 }
            guard start < at, chars[at - 1] != "." else { continue }

            var end = at + 1
            while end < chars.count, Self.isDomainPart(chars[end]) { end += 1 }
            // Trailing dots and dashes belong to the sentence, not the address.
            while end > at + 1, chars[end - 1] == "." || chars[end - 1] == "-" { end -= 1 }
            let domain = chars[(at + 1)..<end]
            guard let lastDot = domain.lastIndex(of: "."), lastDot > at + 1 else { continue }
            let tld = domain[(lastDot + 1)...]
            guard tld.count >= 2, tld.allSatisfy({ $0.isASCIIAlphabetic }) else { continue }

            results.append(RawFinding(kind: .email, start: start, end: end,
                                      allowTexts: [text.text(from: start, to: end)]))
            lastEnd = end
        }
        return results
    }

    private static func isLocalPart(_ c: Character) -> Bool {
        c.isASCIIAlphabetic || c.isASCIIDecimalDigit || "._%+-".contains(c)
    }

    private static func isDomainPart(_ c: Character) -> Bool {
        c.isASCIIAlphabetic || c.isASCIIDecimalDigit || c == "." || c == "-"
    }
}
