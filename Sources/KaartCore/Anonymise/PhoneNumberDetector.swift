/// Finds Dutch phone numbers: 06-12345678, 06 12 34 56 78, +31 6 1234 5678, 0031 6 …, +31 (0)6 …,
/// 071-5123456, (071) 512 34 56, 020 123 4567, and 0800/0900/0906/0909 service numbers.
struct PhoneNumberDetector: PersonalDataDetector {
    static let serviceAreaCodes: Set<String> = ["0800", "0900", "0906", "0909"]

    func detect(in text: ScannedText) -> [RawFinding] {
        var results: [RawFinding] = []
        for run in text.digitRuns {
            var s = 0
            while s < run.groups.count {
                var digitCount = 0
                var longest: Int?
                var e = s
                while e < run.groups.count {
                    digitCount += run.groups[e].digits.count
                    // Longest form: "0031 (0)71 512 34 56" has 14 digits.
                    if digitCount > 14 { break }
                    if isPhoneNumber(run, from: s, to: e) { longest = e }
                    e += 1
                }
                guard let last = longest,
                      !text.continuesOtherIdentifier(numberAt: run.groups[s].tokenIndex) else { s += 1; continue }
                results.append(finding(in: text, run: run, from: s, to: last))
                s = last + 1
            }
        }
        return results
    }

    private func finding(in text: ScannedText, run: DigitGroupRun, from s: Int, to e: Int) -> RawFinding {
        var first = run.groups[s].tokenIndex
        // Include a leading "+" or "(" so the column points at what the editor typed.
        while first > 0, text.tokens[first - 1].isSymbol("+") || text.tokens[first - 1].isSymbol("(") {
            first -= 1
        }
        var last = run.groups[e].tokenIndex
        if last + 1 < text.tokens.count, text.tokens[last + 1].isSymbol(")"), text.tokens[first].isSymbol("(") {
            last += 1
        }
        return text.finding(.telefoonnummer, tokens: first, last)
    }

    func isPhoneNumber(_ run: DigitGroupRun, from s: Int, to e: Int) -> Bool {
        let groups = run.groups[s...e]
        let digits = groups.map(\.digits).joined()
        let separators = groups.dropFirst().map(\.separatorBefore).joined()
        // "06.00-12.00" style time ranges mix separator kinds; real numbers use one kind.
        let separatorKinds = Set(separators.compactMap { c -> Character? in
            switch c {
            case "-", "\u{2011}", "\u{2013}": return "-"
            case ".", "/": return c
            default: return nil
            }
        })
        guard separatorKinds.count <= 1 else { return false }

        let international: Substring?
        if s == 0, run.hasPlusPrefix, digits.hasPrefix("31") {
            international = digits.dropFirst(2)
        } else if digits.hasPrefix("0031") {
            international = digits.dropFirst(4)
        } else {
            international = nil
        }
        if var rest = international {
            // "+31 (0)6 …" and the common mistake "+31 06 …".
            if rest.first == "0" { rest = rest.dropFirst() }
            return rest.count == 9 && rest.first != "0"
        }

        guard digits.hasPrefix("0"), !digits.hasPrefix("00") else { return false }
        let firstGroup = run.groups[s].digits
        let firstGroupFits = firstGroup == "06" || (3...4).contains(firstGroup.count) || firstGroup.count == digits.count
        guard firstGroupFits, !looksLikeDate(run, from: s) else { return false }
        if digits.count == 10 { return true }
        return Self.serviceAreaCodes.contains(String(digits.prefix(4))) && (digits.count == 8 || digits.count == 11)
    }

    /// "06-03-2019 12" must not become 06-03201912.
    private func looksLikeDate(_ run: DigitGroupRun, from s: Int) -> Bool {
        guard s + 2 < run.groups.count else { return false }
        let (day, month, year) = (run.groups[s], run.groups[s + 1], run.groups[s + 2])
        return day.digits.count <= 2 && month.digits.count <= 2 && year.digits.count == 4
            && month.separatorBefore == year.separatorBefore && month.separatorBefore != " "
            && (Int(month.digits) ?? 99) <= 12
    }
}
