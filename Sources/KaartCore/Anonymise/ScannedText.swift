/// A text prepared once for all detectors: its Characters, its tokens and a line index.
///
/// Detectors work with Character offsets, so columns come out in Characters, as editors see them.
struct ScannedText {
    /// One lexical unit. Letters and digits never share a token, so "2231AB" is two tokens.
    struct Token {
        enum Kind { case word, number, space, newline, symbol }
        let kind: Kind
        /// Character offset of the first character.
        let start: Int
        /// Character offset just past the last character.
        let end: Int
        let text: String
        /// The first Character, kept apart because `String.first` is slow in hot loops.
        let first: Character

        var isWord: Bool { kind == .word }
        var isNumber: Bool { kind == .number }
        var isSpace: Bool { kind == .space }
        /// A word that starts with an upper-case letter.
        var isCapitalised: Bool {
            guard kind == .word else { return false }
            if let a = first.asciiValue { return a >= 65 && a <= 90 }
            return first.isUppercase
        }
        var lowercased: String { text.lowercased() }
        func isSymbol(_ c: Character) -> Bool { kind == .symbol && first == c }
    }

    let characters: [Character]
    let tokens: [Token]
    /// Digit groups, shared by the phone number and BSN detectors.
    private(set) var digitRuns: [DigitGroupRun] = []
    /// Character offset at which each line starts.
    private let lineStarts: [Int]

    init(_ text: String) {
        var chars: [Character] = []
        chars.reserveCapacity(text.utf8.count)
        var starts = [0]
        var toks: [Token] = []
        toks.reserveCapacity(text.utf8.count / 3)

        // One pass over the String: token texts are cut from the String (a cheap copy of UTF-8
        // bytes) rather than rebuilt from Characters, which is several times slower.
        var currentKind: Token.Kind?
        var currentFirst: Character = " "
        var tokenStart = 0
        var tokenStartIndex = text.startIndex
        var offset = 0
        var index = text.startIndex
        func close(at endIndex: String.Index) {
            if let kind = currentKind {
                toks.append(Token(kind: kind, start: tokenStart, end: offset,
                                  text: String(text[tokenStartIndex..<endIndex]), first: currentFirst))
            }
        }
        while index < text.endIndex {
            let c = text[index]
            let kind = Self.classify(c)
            // Letters, digits and runs of spaces group into one token; every other character stands alone.
            let continues = kind == currentKind && (kind == .word || kind == .number || kind == .space)
            if !continues {
                close(at: index)
                currentKind = kind
                currentFirst = c
                tokenStart = offset
                tokenStartIndex = index
            }
            chars.append(c)
            offset += 1
            index = text.index(after: index)
            if kind == .newline { starts.append(offset) }
        }
        close(at: text.endIndex)
        characters = chars
        tokens = toks
        lineStarts = starts
        digitRuns = DigitGroupRun.runs(in: self)
    }

    private static func classify(_ c: Character) -> Token.Kind {
        if let a = c.asciiValue {
            switch a {
            case 10, 13: return .newline  // "\r\n" is one Character with the value 10
            case 9, 11, 12, 32: return .space
            case 48...57: return .number
            case 65...90, 97...122: return .word
            default: return .symbol
            }
        }
        // U+2028, U+2029 and U+0085 separate words, but editors and every other diagnostic count
        // only LF as a new line, so they must not shift the reported line.
        if c.isWhitespace { return .space }
        if c.isLetter { return .word }
        return .symbol
    }

    /// The text between two Character offsets.
    func text(from start: Int, to end: Int) -> String { String(characters[start..<end]) }

    /// 1-based line and column of a Character offset.
    func position(of offset: Int) -> (line: Int, column: Int) {
        // Binary search for the last line start <= offset.
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return (low + 1, offset - lineStarts[low] + 1)
    }

    /// Index of the next token after `index` that is not a space; nil at the end.
    /// Newlines are skipped only if `crossingLines` is true (at most one, to follow soft-wrapped Markdown).
    func nextNonSpace(after index: Int, crossingLines: Bool = false) -> Int? {
        var j = index + 1
        var newlines = 0
        while j < tokens.count {
            switch tokens[j].kind {
            case .space: j += 1
            case .newline where crossingLines && newlines == 0: newlines += 1; j += 1
            default: return tokens[j].kind == .newline ? nil : j
            }
        }
        return nil
    }

    /// Index of the previous token before `index` that is not a space; nil at the start or at a newline.
    func previousNonSpace(before index: Int) -> Int? {
        var j = index - 1
        while j >= 0 {
            if tokens[j].kind == .space { j -= 1; continue }
            return tokens[j].kind == .newline ? nil : j
        }
        return nil
    }
}

extension Character {
    /// 0-9 only; other Unicode digits are not used in Dutch identifiers.
    var isASCIIDecimalDigit: Bool {
        guard let a = asciiValue else { return false }
        return a >= 48 && a <= 57
    }
    var isASCIIAlphabetic: Bool {
        guard let a = asciiValue else { return false }
        return (a >= 65 && a <= 90) || (a >= 97 && a <= 122)
    }
}
