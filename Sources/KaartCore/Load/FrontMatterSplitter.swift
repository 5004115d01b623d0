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
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingTrailingSpaces() == "---" else {
            return .failure(.error(
                "Het bestand begint niet met '---'. Zet de gegevens (front matter) tussen twee regels met '---'.",
                at: SourceLocation(path: path, line: 1)))
        }
        guard let closing = lines.dropFirst().firstIndex(where: { ["---", "..."].contains($0.trimmingTrailingSpaces()) }) else {
            return .failure(.error(
                "De gegevens bovenaan worden niet afgesloten. Zet een regel met '---' onder de laatste gegevensregel.",
                at: SourceLocation(path: path, line: 1)))
        }
        let frontMatter = lines[1..<closing].joined(separator: "\n")
        let body = lines[(closing + 1)...].joined(separator: "\n")
        return .success(SourceFile(
            path: path, kind: kind, slug: slug, text: text,
            frontMatter: frontMatter, frontMatterFirstLine: 2,
            body: body, bodyFirstLine: closing + 2))
    }
}

extension Substring {
    func trimmingTrailingSpaces() -> Substring {
        var result = self
        while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
        return result
    }
}
