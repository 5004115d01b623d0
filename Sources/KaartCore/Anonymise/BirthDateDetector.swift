import Foundation

/// Finds full dates (day, month and year) close to a birth cue: "geboren op 12 maart 1948",
/// "geb. 12-03-1948", "geboortedatum: 1948-03-12", "jarig op 3 mei 1950", "geboren 12 maart '48".
///
/// A date without such a cue ("op 12 maart 2024 is er een bijeenkomst") is not reported, and a
/// year alone ("geboren in 1948") is not a full date.
struct BirthDateDetector: PersonalDataDetector {
    static let months: [String: Int] = [
        "januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3, "mar": 3, "april": 4, "apr": 4,
        "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8, "september": 9,
        "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]
    /// Word starts that mark a birth date. "geb" must be followed by ".", ":" or a space.
    static let cueWords = ["geboren", "geboorte", "jarig", "verjaardag", "verjaart"]
    static let lookBehind = 45
    static let lookAhead = 25

    func detect(in text: ScannedText) -> [RawFinding] {
        let tokens = text.tokens
        var results: [RawFinding] = []
        var i = 0
        while i < tokens.count {
            guard tokens[i].isNumber, i == 0 || !tokens[i - 1].isWord,
                  let last = dateEnd(text, at: i) else { i += 1; continue }
            if hasBirthCue(text, start: tokens[i].start, end: tokens[last].end) {
                results.append(text.finding(.geboortedatum, tokens: i, last))
            }
            i = last + 1
        }
        return results
    }

    /// Last token of a full date starting at token `i`: d-m-yyyy, d/m/yy, d.m.yyyy, yyyy-mm-dd or "12 maart 1948".
    func dateEnd(_ text: ScannedText, at i: Int) -> Int? {
        let t = text.tokens
        func number(_ k: Int) -> Int? { k < t.count && t[k].isNumber ? Int(t[k].text) : nil }
        func isSep(_ k: Int) -> Bool { k < t.count && (t[k].isSymbol("-") || t[k].isSymbol("/") || t[k].isSymbol(".")) }

        // Numeric forms with one separator kind.
        if isSep(i + 1), isSep(i + 3), t[i + 1].text == t[i + 3].text,
           let a = number(i), let b = number(i + 2), let c = number(i + 4) {
            let (aLen, cLen) = (t[i].text.count, t[i + 4].text.count)
            if aLen <= 2, t[i + 2].text.count <= 2, cLen == 4 || cLen == 2, Self.valid(day: a, month: b) { return i + 4 }
            if aLen == 4, t[i + 4].text.count <= 2, Self.valid(day: c, month: b), t[i + 1].text == "-" { return i + 4 }
        }
        // "12 maart 1948", "12 mrt. 1948".
        guard t[i].text.count <= 2, let day = number(i), i + 2 < t.count, t[i + 1].isSpace,
              t[i + 2].isWord, let month = Self.months[t[i + 2].lowercased], Self.valid(day: day, month: month)
        else { return nil }
        var k = i + 3
        if k < t.count, t[k].isSymbol(".") { k += 1 }
        guard k + 1 < t.count, t[k].isSpace else { return nil }
        if t[k + 1].isNumber, t[k + 1].text.count == 4 { return k + 1 }
        // "12 maart '48"
        if k + 2 < t.count, t[k + 1].isSymbol("'") || t[k + 1].isSymbol("’"), t[k + 2].isNumber, t[k + 2].text.count == 2 {
            return k + 2
        }
        return nil
    }

    private static func valid(day: Int, month: Int) -> Bool { (1...31).contains(day) && (1...12).contains(month) }

    /// A cue word within a short window before or after the date, in the same paragraph.
    private func hasBirthCue(_ text: ScannedText, start: Int, end: Int) -> Bool {
        let chars = text.characters
        let before = String(chars[max(0, start - Self.lookBehind)..<start]).lowercased()
        let after = String(chars[end..<min(chars.count, end + Self.lookAhead)]).lowercased()
        return Self.containsCue(lastParagraph(before)) || Self.containsCue(firstParagraph(after))
    }

    private func lastParagraph(_ s: String) -> Substring {
        guard let range = s.range(of: "\n\n", options: .backwards) else { return Substring(s) }
        return s[range.upperBound...]
    }

    private func firstParagraph(_ s: String) -> Substring {
        guard let range = s.range(of: "\n\n") else { return Substring(s) }
        return s[..<range.lowerBound]
    }

    static func containsCue(_ window: Substring) -> Bool {
        let chars = Array(window)
        for (index, c) in chars.enumerated() where c == "g" || c == "j" || c == "v" {
            // Only at the start of a word ("ongeboren" does not count).
            if index > 0, chars[index - 1].isLetter { continue }
            let rest = String(chars[index..<min(chars.count, index + 10)])
            if cueWords.contains(where: { rest.hasPrefix($0) }) { return true }
            if rest.hasPrefix("geb"), rest.count > 3, [".", ":", " "].contains(rest[rest.index(rest.startIndex, offsetBy: 3)]) {
                return true
            }
        }
        return false
    }
}
