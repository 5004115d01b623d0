/// Finds BSNs: 9 digits that pass the elfproef, written as one group or split by single
/// spaces, dots or dashes ("123456782", "1234.56.782", "123 456 782").
struct BSNDetector: PersonalDataDetector {
    private static let separators: Set<String> = [" ", ".", "-", "\u{00A0}"]

    func detect(in text: ScannedText) -> [RawFinding] {
        var results: [RawFinding] = []
        for run in text.digitRuns {
            var s = 0
            while s < run.groups.count {
                if let e = bsnEnd(in: run, from: s), !isAmountOrPartOfLongerNumber(text, run: run, from: s, to: e) {
                    results.append(text.finding(.bsn, tokens: run.groups[s].tokenIndex, run.groups[e].tokenIndex))
                    s = e + 1
                } else {
                    s += 1
                }
            }
        }
        return results
    }

    /// The last group of a 9-digit, elfproef-valid candidate starting at group `s`.
    private func bsnEnd(in run: DigitGroupRun, from s: Int) -> Int? {
        var digits: [Int] = []
        var e = s
        while e < run.groups.count, e - s < 4 {
            let group = run.groups[e]
            if e > s, !Self.separators.contains(group.separatorBefore) { return nil }
            // Groups of one digit are counts or list items, not a written-out BSN.
            if group.digits.count < 2 { return nil }
            digits += group.digits.compactMap(\.wholeNumberValue)
            if digits.count == 9 { return IdentifierChecksum.passesElfproef(digits) ? e : nil }
            if digits.count > 9 { return nil }
            e += 1
        }
        return nil
    }

    private func isAmountOrPartOfLongerNumber(_ text: ScannedText, run: DigitGroupRun, from s: Int, to e: Int) -> Bool {
        // Bound to a neighbouring group by a tight separator: part of a longer number.
        if s > 0, run.groups[s].separatorBefore.removingWhitespace != "" { return true }
        if e + 1 < run.groups.count, run.groups[e + 1].separatorBefore.removingWhitespace != "" { return true }
        let first = run.groups[s].tokenIndex, last = run.groups[e].tokenIndex
        if text.continuesOtherIdentifier(numberAt: first) { return true }
        if let before = text.previousNonSpace(before: first) {
            let t = text.tokens[before]
            if t.isSymbol("€") || ["eur", "euro"].contains(t.lowercased) { return true }
        }
        // "123.456.782,00" is an amount.
        if last + 2 < text.tokens.count, text.tokens[last + 1].isSymbol(","), text.tokens[last + 2].isNumber { return true }
        return false
    }
}

private extension String {
    var removingWhitespace: String { String(filter { !$0.isWhitespace }) }
}
