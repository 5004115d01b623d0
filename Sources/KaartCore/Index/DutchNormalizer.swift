import Foundation

/// Dutch text normalisation for search. Mirrors `templates/assets/normalise.js` exactly;
/// the shared vectors in `Tests/vectors/normaliser.json` keep the two in step.
public enum DutchNormalizer {
    /// Function words that carry no meaning for search. Skipped in the index and in queries.
    public static let stopWords: Set<String> = [
        "aan", "als", "bij", "dat", "de", "der", "des", "die", "dit", "door", "een", "en", "er",
        "het", "hij", "hoe", "ik", "in", "is", "je", "jij", "maar", "me", "met", "mij", "mijn",
        "naar", "niet", "of", "om", "onze", "ook", "op", "over", "te", "ten", "ter", "tot", "u",
        "uit", "uw", "van", "voor", "wat", "we", "welke", "wie", "wij", "zal", "ze", "zich",
        "zij", "zijn",
    ]

    /// NFKC, lower case, diacritics removed. The ĳ ligature becomes "ij" through NFKC.
    /// Apostrophes are dropped so that "auto's" stays one word.
    public static func fold(_ text: String) -> String {
        latin1Folded(text) ?? foldedByFoundation(text)
    }

    /// `fold` for a text of ASCII and U+00C0–U+00FF only, on its bytes: NFKC and NFD leave ASCII as
    /// it is, and `latin1Letters` holds the rest. `nil` for any other text. Foundation took about
    /// 30 000 instructions for a word with an `ë`.
    private static func latin1Folded(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            if byte < 0x80 {
                if byte != UInt8(ascii: "'") { bytes.append(byte.asciiLowercased) }
            } else if byte == 0xC3, let next = iterator.next() {
                bytes += latin1Letter(continuation: next).bytes
            } else {
                return nil
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `fold` for any text.
    static func foldedByFoundation(_ text: String) -> String {
        let lowered = text.precomposedStringWithCompatibilityMapping.lowercased()
        let decomposed = lowered.decomposedStringWithCanonicalMapping
        var scalars = String.UnicodeScalarView()
        for scalar in decomposed.unicodeScalars where !isMark(scalar) && !isApostrophe(scalar) {
            scalars.append(scalar)
        }
        return String(scalars)
    }

    /// Folds and splits on everything that is not a letter or digit.
    ///
    /// Folding changes a character only together with the marks that follow it, and a space combines
    /// with nothing, so the runs between spaces are folded one by one. Most runs hold nothing but
    /// ASCII and the letters of U+00C0–U+00FF (`é`, `ë`, `ö`): those take one pass over their bytes,
    /// because folding them with Foundation was half the work of the search index. Any other run is
    /// folded as a whole by `foldedTokens`.
    public static func tokenize(_ text: String) -> [String] {
        tokens(of: text, termsOnly: false)
    }

    /// Tokens worth indexing or querying: no stop words, at least two characters.
    public static func terms(_ text: String) -> [String] {
        tokens(of: text, termsOnly: true)
    }

    /// Whether a token of `scalarCount` scalars is a term: stop words are short, so a long token
    /// needs no lookup.
    static func isTerm(_ token: String, scalarCount: Int) -> Bool {
        scalarCount >= 2 && (scalarCount > longestStopWord || !stopWords.contains(token))
    }

    private static let longestStopWord = stopWords.map(\.unicodeScalars.count).max() ?? 0

    private static func tokens(of text: String, termsOnly: Bool) -> [String] {
        var collector = TokenCollector(termsOnly: termsOnly)
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            while runStart < bytes.count {
                runStart = collector.addRun(bytes, from: runStart) + 1
            }
        }
        return collector.tokens
    }

    /// One character of U+00C0–U+00FF as `fold` leaves it.
    fileprivate struct FoldedLetter {
        let bytes: [UInt8]
        let scalarCount: Int
        /// × and ÷ are no letters, so they end a token.
        let isWord: Bool
    }

    /// U+00C0 to U+00FF, folded by Foundation as any other text is.
    private static let latin1Letters: [FoldedLetter] = (0xC0...0xFF).map { value in
        let folded = foldedByFoundation(String(Unicode.Scalar(UInt8(value))))
        return FoldedLetter(bytes: Array(folded.utf8), scalarCount: folded.unicodeScalars.count,
                            isWord: folded.unicodeScalars.allSatisfy(isWordScalar))
    }

    /// The entry of `latin1Letters` for a character of U+00C0–U+00FF, whose UTF-8 is 0xC3 and then
    /// `continuation` (0x80 plus the offset from U+00C0).
    fileprivate static func latin1Letter(continuation: UInt8) -> FoldedLetter {
        latin1Letters[Int(continuation & 0x3F)]
    }

    /// `tokenize` for any text, folded by Foundation as a whole, then split on scalars that are not
    /// letters or digits: the general path, and the reference for the byte path.
    static func foldedTokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in foldedByFoundation(text).unicodeScalars {
            if isWordScalar(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                tokens.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { tokens.append(String(current)) }
        return tokens
    }

    /// A light suffix stemmer. It never strips prefixes, so `ge-` words keep their identity
    /// (begeleiding ≠ beleid, gezondheid ≠ zon). Input must already be folded.
    public static func stem(_ token: String) -> String {
        var s = Array(token.unicodeScalars).map { Character($0) }
        if s.count < 4 || s.contains(where: { $0.isNumber }) { return token }
        func ends(_ suffix: String) -> Bool {
            let t = Array(suffix)
            return s.count >= t.count && Array(s[(s.count - t.count)...]) == t
        }
        func drop(_ n: Int) { s.removeLast(n) }
        if ends("heden") && s.count > 6 {
            drop(5); s.append(contentsOf: "heid")
            return String(s)
        }
        if ends("ingen") && s.count > 6 {
            drop(2)
            return String(s)
        }
        if ends("tjes") && s.count - 4 >= 3 {
            drop(4)
        } else if ends("tje") && s.count - 3 >= 3 {
            drop(3)
        } else if ends("jes") && s.count - 3 >= 3 {
            drop(3)
        } else if ends("je") && s.count - 2 >= 3 {
            drop(2)
        }
        if ends("en") && s.count - 2 >= 3 {
            drop(2)
            undoubleConsonant(&s)
        } else if s.count >= 5 && (ends("ers") || ends("els") || ends("os") || ends("ys")) {
            drop(1)
        } else if ends("e") && s.count - 1 >= 3 && !isVowel(s[s.count - 2]) {
            drop(1)
            undoubleConsonant(&s)
        }
        undoubleVowel(&s)
        return String(s)
    }

    static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]

    static func isVowel(_ c: Character) -> Bool { vowels.contains(c) }

    /// "cursuss" → "cursus", "bakk" → "bak".
    static func undoubleConsonant(_ s: inout [Character]) {
        let n = s.count
        if n >= 4 && s[n - 1] == s[n - 2] && !isVowel(s[n - 1]) && s[n - 1].isLetter {
            s.removeLast()
        }
    }

    /// "lotgenoot" → "lotgenot" so it meets "lotgenoten" → "lotgenot"; only when at least four
    /// letters remain, to keep short words like "zoon" apart from "zon".
    static func undoubleVowel(_ s: inout [Character]) {
        let n = s.count
        guard n >= 5 else { return }
        let d = s[n - 1], v1 = s[n - 2], v2 = s[n - 3], c = s[n - 4]
        if v1 == v2 && ["a", "e", "o", "u"].contains(v1) && !isVowel(d) && d.isLetter && !isVowel(c) {
            s.remove(at: n - 2)
        }
    }

    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}"
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        // In ASCII exactly the letters and digits have these categories; the property lookup is slow.
        if scalar.isASCII { return UInt8(scalar.value).isASCIILetterOrDigit }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }
}

/// Gathers the tokens of one text, run by run (the runs between spaces).
private struct TokenCollector {
    let termsOnly: Bool
    private(set) var tokens: [String] = []
    private var current: [UInt8] = []
    private var scalarCount = 0

    init(termsOnly: Bool) {
        self.termsOnly = termsOnly
    }

    /// Adds the tokens of the run that starts at `start` and returns where it ends (a space or the
    /// end). A run with a character outside ASCII and U+00C0–U+00FF is handed to `foldedTokens`.
    mutating func addRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let tokenCountBefore = tokens.count
        var index = start
        while index < bytes.count, bytes[index] != UInt8(ascii: " ") {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte.isASCIILetterOrDigit {
                    current.append(byte.asciiLowercased)
                    scalarCount += 1
                } else if byte != UInt8(ascii: "'") {
                    finishToken()
                }
                index += 1
            } else if byte == 0xC3 {
                let letter = DutchNormalizer.latin1Letter(continuation: bytes[index + 1])
                if letter.isWord {
                    current += letter.bytes
                    scalarCount += letter.scalarCount
                } else {
                    finishToken()
                }
                index += 2
            } else {
                return addFoldedRun(bytes, from: start, droppingTokensFrom: tokenCountBefore)
            }
        }
        finishToken()
        return index
    }

    private mutating func addFoldedRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, droppingTokensFrom first: Int) -> Int {
        tokens.removeSubrange(first...)
        current.removeAll(keepingCapacity: true)
        scalarCount = 0
        let end = bytes[start...].firstIndex(of: UInt8(ascii: " ")) ?? bytes.count
        let folded = DutchNormalizer.foldedTokens(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
        tokens += termsOnly ? folded.filter { DutchNormalizer.isTerm($0, scalarCount: $0.unicodeScalars.count) } : folded
        return end
    }

    private mutating func finishToken() {
        guard !current.isEmpty else { return }
        let token = String(decoding: current, as: UTF8.self)
        if !termsOnly || DutchNormalizer.isTerm(token, scalarCount: scalarCount) { tokens.append(token) }
        current.removeAll(keepingCapacity: true)
        scalarCount = 0
    }
}
