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
        guard let first = lines.next(), first.text.trimmingTrailingSpaces() == "---" else {
            return .failure(.error(
                "Het bestand begint niet met '---'. Zet de gegevens (front matter) tussen twee regels met '---'.",
                at: SourceLocation(path: path, line: 1)))
        }
        while let line = lines.next() {
            guard ["---", "..."].contains(line.text.trimmingTrailingSpaces()) else { continue }
            // The front matter runs from the line after the opening fence to the line before this one.
            var frontMatter = text[first.nextLineStart..<line.text.startIndex]
            if frontMatter.last == "\n" { frontMatter = frontMatter.dropLast() }
            return .success(SourceFile(
                path: path, kind: kind, slug: slug, text: text,
                frontMatterRange: frontMatter.startIndex..<frontMatter.endIndex, frontMatterFirstLine: 2,
                bodyRange: line.nextLineStart..<text.endIndex, bodyFirstLine: line.number + 1))
        }
        return .failure(.error(
            "De gegevens bovenaan worden niet afgesloten. Zet een regel met '---' onder de laatste gegevensregel.",
            at: SourceLocation(path: path, line: 1)))
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

extension Substring {
    func trimmingTrailingSpaces() -> Substring {
        var result = self
        while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
        return result
    }
}
