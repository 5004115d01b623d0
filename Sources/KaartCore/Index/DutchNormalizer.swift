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
        // ASCII is unchanged by NFKC and NFD; skipping Foundation here makes indexing much faster.
        if text.utf8.allSatisfy({ $0 < 128 }) {
            return String(text.lowercased().unicodeScalars.filter { $0 != "'" })
        }
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
    /// with nothing, so the runs between spaces are folded one by one. Most runs are ASCII: those
    /// take one pass over their bytes (lower case, apostrophes dropped, split on everything but
    /// letters and digits), because folding scalar by scalar was half the work of the search index.
    public static func tokenize(_ text: String) -> [String] {
        var tokens: [String] = []
        var current: [UInt8] = []
        for run in text.utf8.split(separator: UInt8(ascii: " ")) {
            guard run.allSatisfy({ $0 < 0x80 }) else {
                tokens += foldedTokens(String(Substring(run)))
                continue
            }
            for byte in run where byte != UInt8(ascii: "'") {
                if byte.isASCIILetterOrDigit {
                    current.append(byte.asciiLowercased)
                } else if !current.isEmpty {
                    tokens.append(String(decoding: current, as: UTF8.self))
                    current.removeAll(keepingCapacity: true)
                }
            }
            if !current.isEmpty {
                tokens.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        return tokens
    }

    /// `tokenize` for any text: `fold`, then split on scalars that are not letters or digits.
    static func foldedTokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in fold(text).unicodeScalars {
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

    /// Tokens worth indexing or querying: no stop words, at least two characters.
    public static func terms(_ text: String) -> [String] {
        tokenize(text).filter { $0.unicodeScalars.count >= 2 && !stopWords.contains($0) }
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
