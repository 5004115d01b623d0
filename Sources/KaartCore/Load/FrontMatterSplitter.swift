/// Splits a content file into its YAML front matter and its Markdown body.
///
/// The file must start with a line `---`; the front matter ends at the next line that is `---`
/// (or `...`, as YAML allows).
enum FrontMatterSplitter {
    static func split(text: String, path: String, kind: ContentKind, slug: String) -> Result<SourceFile, Diagnostic> {
        if text.allSatisfy(\.isWhitespace) {
            return .failure(.error("Het bestand is leeg. Vul de gegevens in tussen twee regels met '---', of verwijder het bestand.",
                                   at: SourceLocation(path: path, line: 1)))
        }
        var lines = LineCursor(text)
        guard let first = lines.next(), isFence(first.text, "---") else {
            return .failure(.error(
                "Het bestand begint niet met '---'. Zet de gegevens (front matter) tussen twee regels met '---'.",
                at: SourceLocation(path: path, line: 1)))
        }
        while let line = lines.next() {
            guard isFence(line.text, "---") || isFence(line.text, "...") else { continue }
            // The front matter runs from the line after the opening fence to the line before this one.
            let frontMatterEnd = withoutFinalLineFeed(text, first.nextLineStart, line.text.startIndex)
            return .success(SourceFile(
                path: path, kind: kind, slug: slug, text: text,
                frontMatterRange: first.nextLineStart..<frontMatterEnd, frontMatterFirstLine: 2,
                bodyRange: line.nextLineStart..<text.endIndex, bodyFirstLine: line.number + 1))
        }
        return .failure(.error(
            "De gegevens bovenaan worden niet afgesloten. Zet een regel met '---' onder de laatste gegevensregel.",
            at: SourceLocation(path: path, line: 1)))
    }

    /// The end of `text[start..<end]` without its last character when that is a line feed. A line
    /// feed after a carriage return is not a character of its own (CR LF is one), so it stays.
    /// Bytes, not characters: stepping back one character from the end walked the whole front matter.
    static func withoutFinalLineFeed(_ text: String, _ start: String.Index, _ end: String.Index) -> String.Index {
        let bytes = text.utf8
        guard end > start else { return end }
        let last = bytes.index(before: end)
        guard bytes[last] == UInt8(ascii: "\n") else { return end }
        if last > start, bytes[bytes.index(before: last)] == UInt8(ascii: "\r") { return end }
        return last
    }

    /// True when `line` is `fence` followed by nothing but spaces and tabs. Compared as bytes:
    /// every line of the front matter is tested, and neither fence has another spelling in Unicode.
    static func isFence(_ line: Substring, _ fence: StaticString) -> Bool {
        var bytes = line.utf8[...]
        while let last = bytes.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { bytes = bytes.dropLast() }
        return fence.withUTF8Buffer { bytes.elementsEqual($0) }
    }
}

/// Walks the lines of a text without copying them: each line with its 1-based number and where
/// the next line starts (the end of the text after the last line).
private struct LineCursor {
    private let text: String
    private var start: String.Index?
    private var number = 0

    init(_ text: String) {
        self.text = text
        start = text.startIndex
    }

    mutating func next() -> (text: Substring, number: Int, nextLineStart: String.Index)? {
        guard let lineStart = start else { return nil }
        number += 1
        guard let newline = text.utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) else {
            start = nil
            return (text[lineStart...], number, text.endIndex)
        }
        let nextStart = text.utf8.index(after: newline)
        start = nextStart
        return (text[lineStart..<newline], number, nextStart)
    }
}
