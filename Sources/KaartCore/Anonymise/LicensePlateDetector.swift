/// Finds Dutch license plates written with dashes, in all sidecodes 1–14
/// ("XX-99-99", "12-ABC-3", "AB-123-C", "1-ABC-23", …). Letters must be capitals.
struct LicensePlateDetector: PersonalDataDetector {
    /// Shapes of the sidecodes: L = letter, D = digit.
    static let sidecodes: Set<String> = [
        "LL-DD-DD", "DD-DD-LL", "DD-LL-DD", "LL-DD-LL", "LL-LL-DD", "DD-LL-LL", "DD-LLL-D",
        "D-LLL-DD", "LL-DDD-L", "L-DDD-LL", "LLL-DD-L", "L-DD-LLL", "D-LL-DDD", "DDD-LL-D",
    ]

    func detect(in text: ScannedText) -> [RawFinding] {
        let t = text.tokens
        var results: [RawFinding] = []
        var i = 0
        while i + 4 < t.count {
            guard t[i + 1].isSymbol("-"), t[i + 3].isSymbol("-"), isPart(t[i]), isPart(t[i + 2]), isPart(t[i + 4]),
                  !joinsLonger(t, before: i), !joinsLonger(t, after: i + 4)
            else { i += 1; continue }
            let shape = [t[i], t[i + 2], t[i + 4]].map { String(repeating: $0.isNumber ? "D" : "L", count: $0.text.count) }
            if Self.sidecodes.contains(shape.joined(separator: "-")) {
                results.append(text.finding(.kenteken, tokens: i, i + 4))
                i += 5
            } else {
                i += 1
            }
        }
        return results
    }

    private func isPart(_ token: ScannedText.Token) -> Bool {
        token.isNumber || (token.isWord && token.text.allSatisfy { $0.isASCIIAlphabetic && $0.isUppercase })
    }

    /// A plate stands alone: not glued to more letters, digits or dashes.
    private func joinsLonger(_ t: [ScannedText.Token], before i: Int) -> Bool {
        guard i > 0 else { return false }
        let p = t[i - 1]
        return p.isWord || p.isNumber || p.isSymbol("-")
    }

    private func joinsLonger(_ t: [ScannedText.Token], after i: Int) -> Bool {
        guard i + 1 < t.count else { return false }
        let n = t[i + 1]
        return n.isWord || n.isNumber || (n.isSymbol("-") && i + 2 < t.count && (t[i + 2].isWord || t[i + 2].isNumber))
    }
}
