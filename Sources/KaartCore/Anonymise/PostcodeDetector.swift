/// Finds a Dutch postcode followed by a house number: "2231 AB 12", "2231AB, nr 12", "2231 AB huisnummer 12".
/// A postcode alone covers a whole street segment and is not reported.
struct PostcodeDetector: PersonalDataDetector {
    private static let numberWords: Set<String> = ["nr", "no", "nummer", "huisnummer", "huisnr"]

    func detect(in text: ScannedText) -> [RawFinding] {
        let tokens = text.tokens
        var results: [RawFinding] = []
        for i in tokens.indices where tokens[i].isNumber && tokens[i].text.count == 4 && tokens[i].text.first != "0" {
            guard i == 0 || !(tokens[i - 1].isWord || tokens[i - 1].isNumber) else { continue }
            // Letters directly after the digits, or after one space.
            var letters = i + 1
            if letters < tokens.count, tokens[letters].isSpace, tokens[letters].text.count == 1 { letters += 1 }
            guard letters < tokens.count, tokens[letters].isWord, tokens[letters].text.count == 2,
                  tokens[letters].text.allSatisfy({ $0.isASCIIAlphabetic }) else { continue }
            let attached = letters == i + 1
            // "1200 en 12" must not count: spaced letters must be capitals.
            guard attached || tokens[letters].text.allSatisfy({ $0.isUppercase }) else { continue }
            guard let number = houseNumberStart(text, after: letters),
                  let last = HouseNumberReader.end(in: text, at: number) else { continue }
            results.append(text.finding(.postcodeHuisnummer, tokens: i, last))
        }
        return results
    }

    /// Skips ",", "nr", "nr." and spaces between postcode and number.
    private func houseNumberStart(_ text: ScannedText, after index: Int) -> Int? {
        var j = index
        var steps = 0
        while let next = text.nextNonSpace(after: j), steps < 4 {
            let t = text.tokens[next]
            if t.isNumber { return next }
            guard t.isSymbol(",") || t.isSymbol(".") || t.isSymbol(":") || (t.isWord && Self.numberWords.contains(t.lowercased)) else { return nil }
            j = next
            steps += 1
        }
        return nil
    }
}
